package jp.kajimaru.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Java 25's AOT cache for each service, kept under {@code <home>/startup-cache}. The cache only covers classes from
 * plain jars on the class path, so each Boot jar is unpacked first (Boot's own {@code jarmode=tools extract});
 * then one training start per service ({@code -XX:AOTCacheOutput}, the context refreshed and closed again) records
 * what it loads and links, and every later start maps that file. A new build (another jar) or another JDK unpacks
 * and trains again; a failed training only means that service starts the slow way.
 */
final class StartupCache {

    private static final long TRAINING_TIMEOUT_SECONDS = 300;

    private final Path dir;
    private final ServiceJava java;

    StartupCache(Path dir, ServiceJava java) {
        this.dir = dir;
        this.java = java;
    }

    /**
     * The JVM options that map a service's cache. The cache is mapped where it was recorded rather than at a random
     * address (Java's default since 20, for address-space randomisation of the archive): relocating rewrites every
     * pointer in it, which turned ~118 of its ~150 resident MB per service into private copies (measured on
     * rotation-service, /proc/PID/smaps); unrelocated, its pages stay clean file pages the kernel can drop and
     * reload. The stack's services listen on loopback only, so this randomisation buys little here.
     */
    List<String> options(ServiceSpec service) {
        return List.of("-XX:AOTCache=" + cacheFile(service), "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
    }

    Path cacheFile(ServiceSpec service) {
        return dir.resolve(service.module() + ".aot");
    }

    boolean isTrained(ServiceSpec service) {
        return Files.isRegularFile(cacheFile(service));
    }

    /** The unpacked copy of {@code bootJar}, unpacked again (and its cache dropped) when the jar or the JDK changed. */
    Path unpacked(ServiceSpec service, Path bootJar) throws IOException, InterruptedException {
        Path target = dir.resolve(service.module());
        Path stampFile = dir.resolve(service.module() + ".source");
        String stamp = Files.size(bootJar) + " " + Files.getLastModifiedTime(bootJar).toMillis() + " " + java.home();
        Path unpackedJar = target.resolve(bootJar.getFileName());
        if (Files.isRegularFile(unpackedJar) && Files.isRegularFile(stampFile)
                && Files.readString(stampFile).equals(stamp)) {
            return unpackedJar;
        }
        Files.createDirectories(dir);
        deleteTree(target);
        Files.deleteIfExists(cacheFile(service));
        Files.deleteIfExists(stampFile);
        Process extract = new ProcessBuilder(java.executable().toString(), "-Djarmode=tools", "-jar", bootJar.toString(),
                "extract", "--destination", target.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(service.module() + "-extract.log").toFile()).start();
        if (!extract.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS) || extract.exitValue() != 0
                || !Files.isRegularFile(unpackedJar)) {
            extract.destroyForcibly();
            throw new IOException("could not unpack " + bootJar + " (see " + dir + ")");
        }
        Files.writeString(stampFile, stamp);
        return unpackedJar;
    }

    /**
     * Runs the training starts side by side and waits for them; each writes its service's cache file.
     *
     * @param commands one full java command per service, already pointed at the running infrastructure
     */
    void train(List<ServiceSpec> services, List<List<String>> commands, Path logDir) throws IOException, InterruptedException {
        long start = System.nanoTime();
        System.out.println("Recording start-up caches for " + services.size()
                + " services (once after each build; the starts after this one are much faster)");
        List<Process> training = new CopyOnWriteArrayList<>();
        // Ctrl-C while training: the launcher's own hook knows nothing of these JVMs, so this one stops them.
        Thread stopTraining = new Thread(() -> training.forEach(Process::destroyForcibly), "startup-cache-stop");
        Runtime.getRuntime().addShutdownHook(stopTraining);
        try {
            for (int i = 0; i < services.size(); i++) {
                List<String> command = new ArrayList<>(commands.get(i));
                int jar = command.indexOf("-jar");
                command.addAll(jar, List.of("-XX:AOTCacheOutput=" + cacheFile(services.get(i)),
                        "-Dspring.context.exit=onRefresh"));
                training.add(new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(logDir.resolve(services.get(i).module() + "-training.log").toFile()).start());
            }
            for (int i = 0; i < training.size(); i++) {
                Process p = training.get(i);
                if (!p.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS) || !isTrained(services.get(i))) {
                    p.destroyForcibly();
                    System.out.println("  " + services.get(i).module() + ": no start-up cache (see "
                            + logDir.resolve(services.get(i).module() + "-training.log") + "); it starts without one");
                }
            }
        } finally {
            training.forEach(Process::destroyForcibly);
            try {
                Runtime.getRuntime().removeShutdownHook(stopTraining);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs (or ran) anyway
            }
        }
        System.out.printf(Locale.ROOT, "  recorded in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
