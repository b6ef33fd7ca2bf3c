package jp.kajimaru.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An external checker (kubectl, promtool, dclint): skipped with a clear message where it is not installed. */
final class Tool {

    record Result(int exitCode, String output) {
    }

    private Tool() {
    }

    static Path find(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Skips the calling test (a JUnit assumption, reported as skipped) when {@code name} is not on the PATH. */
    static Path require(String name, String howToInstall) {
        Path tool = find(name);
        assumeTrue(tool != null, () -> "SKIPPED: '" + name + "' is not on the PATH (" + howToInstall + "); .ci/run installs it");
        return tool;
    }

    static Result run(Path tool, String... args) {
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(List.of(args));
        try {
            Path output = Files.createTempFile("deploy-tests-", ".out");
            try {
                Process p = new ProcessBuilder(command).directory(Repo.ROOT.toFile()).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " took longer than 60 s");
                }
                return new Result(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
