package jp.kajimaru.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Once every service is up, asks each JVM of the stack (the launcher's own too, which hosts the Kafka broker) for one
 * full collection and a trim of its native heap ({@code jcmd <pid> -f} with {@code GC.run} and
 * {@code System.trim_native_heap}). Starting promotes a lot of short-lived data into the serial collector's old
 * generation, which grows for it and gives memory back to the system only at a full collection; with
 * {@code -XX:-ShrinkHeapInSteps} that first one gives back everything above the live data and the free ratio. The
 * trim returns what start-up freed in the C heap. Together ≈ 45 MB per service here (bench/results/stack-start.md).
 * Nothing happens where the services' Java has no {@code jcmd} (a runtime without the JDK tools); a JVM that does not
 * answer within a few seconds is left as it is.
 */
final class HeapCompaction {

    static final List<String> COMMANDS = List.of("GC.run", "System.trim_native_heap");
    private static final long WAIT_SECONDS = 10;

    private HeapCompaction() {
    }

    /** The command that compacts one JVM, reading {@link #COMMANDS} from {@code commands}, when the Java has the tool. */
    static Optional<List<String>> command(ServiceJava java, long pid, Path commands) {
        Path jcmd = java.home().resolve("bin").resolve("jcmd");
        return Files.isExecutable(jcmd)
                ? Optional.of(List.of(jcmd.toString(), Long.toString(pid), "-f", commands.toString()))
                : Optional.empty();
    }

    /** One after another: each is a short JVM of its own, and the machine may have two cores. */
    static void compact(ServiceJava java, List<Long> pids, Path workDir) throws InterruptedException {
        try {
            Path commands = Files.write(workDir.resolve("heap-compaction.jcmd"), COMMANDS);
            for (long pid : pids) {
                Optional<List<String>> command = command(java, pid, commands);
                if (command.isEmpty()) {
                    return;
                }
                Process p = new ProcessBuilder(command.get()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        } catch (IOException e) {
            // Only memory is at stake: the stack runs as well without it.
        }
    }
}
