package jp.kajimaru.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Resident memory as Linux reports it: what the machine actually spends, heap settings aside. */
public final class MemoryUsage {

    private MemoryUsage() {
    }

    /**
     * One line splitting the total into the services, this JVM (which hosts Kafka) and the remaining
     * children, which is the embedded MariaDB when there is one.
     */
    public static String report(List<Long> servicePids) {
        long services = servicePids.stream().mapToLong(MemoryUsage::rssKiB).sum();
        long launcher = rssKiB(ProcessHandle.current().pid());
        long others = ProcessHandle.current().descendants()
                .filter(p -> !servicePids.contains(p.pid()))
                .mapToLong(p -> rssKiB(p.pid()))
                .sum();
        return String.format(Locale.ROOT,
                "Resident memory (VmRSS): total %d MiB = %d services %d MiB + launcher JVM with Kafka %d MiB + other children (MariaDB) %d MiB",
                mib(services + launcher + others), servicePids.size(), mib(services), mib(launcher), mib(others));
    }

    /** 0 when the process is gone or /proc is not there (not Linux). */
    static long rssKiB(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElse(0);
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static long mib(long kib) {
        return Math.round(kib / 1024.0);
    }
}
