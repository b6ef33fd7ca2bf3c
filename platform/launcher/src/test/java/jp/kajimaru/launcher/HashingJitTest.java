package jp.kajimaru.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashingJitTest {

    @Test
    void theDirectivesFileIsWrittenAndNamedAndTheJvmAcceptsIt(@TempDir Path home) throws Exception {
        List<String> options = HashingJit.options(home.resolve("jit"));

        Path file = home.resolve("jit/user-service-jit.json");
        assertThat(Files.readString(file)).isEqualTo(HashingJit.DIRECTIVES);
        assertThat(options).containsExactly("-XX:+UnlockDiagnosticVMOptions", "-XX:CompilerDirectivesFile=" + file.toAbsolutePath());

        // A directives file the JVM cannot parse stops it before main: start one with these options.
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow()));
        command.addAll(options);
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes());
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(output).isZero();
        assertThat(output).contains("2 compiler directives added");
    }

    @Test
    void writingAgainReplacesAnOldFile(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("user-service-jit.json"), "[ { match: \"*.*\", c2: { Exclude: false } } ]");

        HashingJit.options(home);

        assertThat(Files.readString(home.resolve("user-service-jit.json"))).isEqualTo(HashingJit.DIRECTIVES);
    }
}
