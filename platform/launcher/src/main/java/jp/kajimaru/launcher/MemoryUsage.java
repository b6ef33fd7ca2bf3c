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
        List<Long> others = ProcessHandle.current().descendants().map(ProcessHandle::pid)
                .filter(pid -> !servicePids.contains(pid)).toList();
        long othersKiB = others.stream().mapToLong(MemoryUsage::rssKiB).sum();
        // The JVMs map the same JDK libraries and (with Java 25) start-up cache pages; VmRSS counts such a page in
        // every process that maps it, the proportional set size shares it out.
        List<Long> all = Stream.of(servicePids, others, List.of(ProcessHandle.current().pid())).flatMap(List::stream).toList();
        long proportional = all.stream().mapToLong(pid -> kiB(pid, "smaps_rollup", "Pss:")).sum();
        // The rest are clean pages of files (jars, libraries, start-up caches) the kernel can drop and read again.
        long privateDirty = all.stream().mapToLong(pid -> kiB(pid, "smaps_rollup", "Private_Dirty:")).sum();
        return String.format(Locale.ROOT,
                "Resident memory (VmRSS): total %d MiB = %d services %d MiB + launcher JVM with Kafka %d MiB + other children (MariaDB) %d MiB;"
                        + " proportional set size (shared pages counted once) %d MiB, of which private and dirty %d MiB",
                mib(services + launcher + othersKiB), servicePids.size(), mib(services), mib(launcher), mib(othersKiB),
                mib(proportional), mib(privateDirty));
    }

    /** 0 when the process is gone or /proc is not there (not Linux). */
    static long rssKiB(long pid) {
        return kiB(pid, "status", "VmRSS:");
    }

    private static long kiB(long pid, String file, String field) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), file))) {
            return lines.filter(line -> line.startsWith(field))
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
