package jp.kajimaru.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One service running as a child process, its output going to its own log file. */
public final class ServiceProcess {

    private final ServiceSpec service;
    private final Process process;
    private final Path logFile;
    private final long startedNanos;

    private ServiceProcess(ServiceSpec service, Process process, Path logFile, long startedNanos) {
        this.service = service;
        this.process = process;
        this.logFile = logFile;
        this.startedNanos = startedNanos;
    }

    public static ServiceProcess start(ServiceSpec service, List<String> command, Path logDir) throws IOException {
        Files.createDirectories(logDir);
        Path logFile = logDir.resolve(service.module() + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        return new ServiceProcess(service, process, logFile, System.nanoTime());
    }

    public ServiceSpec service() {
        return service;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public double secondsSinceStart() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    public Path logFile() {
        return logFile;
    }

    public List<String> lastLogLines(int count) {
        try {
            // Decoding leniently: a crash dump may well contain bytes that are not UTF-8.
            List<String> lines = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM lets Spring close its Kafka consumers and connection pool; SIGKILL only if it hangs. */
    public void requestStop() {
        process.destroy();
    }

    /** @return true if the process had to be killed */
    public boolean awaitStop(long deadlineNanos) throws InterruptedException {
        long remaining = Math.max(0, deadlineNanos - System.nanoTime());
        if (process.waitFor(remaining, TimeUnit.NANOSECONDS)) {
            return false;
        }
        process.destroyForcibly().waitFor();
        return true;
    }
}
