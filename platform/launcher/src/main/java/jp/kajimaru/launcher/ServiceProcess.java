package jp.kajimaru.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One service running as a child process, its output going to its own log file. */
public final class ServiceProcess {

    private final ServiceSpec service;
    private final List<String> command;
    private final Process process;
    private final Path logFile;
    private final long startedNanos;
    /** When the first of this service's processes started: a restart's pinned clock moves on by the time since. */
    private final long firstStartedNanos;

    private ServiceProcess(ServiceSpec service, List<String> command, Process process, Path logFile, long startedNanos) {
        this(service, command, process, logFile, startedNanos, startedNanos);
    }

    private ServiceProcess(ServiceSpec service, List<String> command, Process process, Path logFile, long startedNanos,
                           long firstStartedNanos) {
        this.firstStartedNanos = firstStartedNanos;
        this.service = service;
        this.command = List.copyOf(command);
        this.process = process;
        this.logFile = logFile;
        this.startedNanos = startedNanos;
    }

    public static ServiceProcess start(ServiceSpec service, List<String> command, Path logDir) throws IOException {
        Files.createDirectories(logDir);
        Path logFile = logDir.resolve(service.module() + ".log");
        return new ServiceProcess(service, command, new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start(), logFile, System.nanoTime());
    }

    /**
     * The same command again (start-up cache, infrastructure addresses and all), its output appended to the same
     * log after a line saying why, so what the dead process logged last stays readable.
     */
    public ServiceProcess restart() throws IOException {
        Files.writeString(logFile, System.lineSeparator() + "---- kajimaru launcher: " + service.module() + " "
                        + exitDescription(process.exitValue()) + "; started again ----" + System.lineSeparator(),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder again = new ProcessBuilder(command);
        // A stack pinned to a start instant (KAJIMARU_CLOCK_START, inherited) must not send a restarted service back
        // to that instant: behind the others by the stack's uptime, it took every token as issued in the future.
        String clockStart = System.getenv("KAJIMARU_CLOCK_START");
        if (clockStart != null && !clockStart.isBlank()) {
            again.environment().put("KAJIMARU_CLOCK_START", movedOn(clockStart, System.nanoTime() - firstStartedNanos));
        }
        return new ServiceProcess(service, command, again
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start(), logFile, System.nanoTime(), firstStartedNanos);
    }

    /** The pinned start instant moved on by {@code elapsedNanos}; an unreadable one is left for the service to refuse. */
    static String movedOn(String clockStart, long elapsedNanos) {
        try {
            return java.time.Instant.parse(clockStart.strip()).plusNanos(elapsedNanos).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return clockStart;
        }
    }

    public List<String> command() {
        return command;
    }

    /** Completes when the process has ended, however it ended. */
    public CompletableFuture<ServiceProcess> onExit() {
        return process.onExit().thenApply(p -> this);
    }

    /** Only once the process has ended. */
    public int exitValue() {
        return process.exitValue();
    }

    /** "exit code 1", or "exit code 137, killed by signal 9 (SIGKILL)": Java reports a signal as 128 + its number. */
    public static String exitDescription(int exitCode) {
        if (exitCode > 128 && exitCode < 160) {
            int signal = exitCode - 128;
            String name = switch (signal) {
                case 9 -> " (SIGKILL)";
                case 15 -> " (SIGTERM)";
                case 6 -> " (SIGABRT)";
                case 11 -> " (SIGSEGV)";
                default -> "";
            };
            return String.format(Locale.ROOT, "exit code %d, killed by signal %d%s", exitCode, signal, name);
        }
        return "exit code " + exitCode;
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
