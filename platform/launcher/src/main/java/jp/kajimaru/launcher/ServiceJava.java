package jp.kajimaru.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JDK the services run on. Java 25 brought the AOT cache (JEP 483/514), which starts a Spring service about four
 * times faster once trained, so a JDK of 25 or newer is preferred: the one named by {@code KAJIMARU_SERVICE_JAVA_HOME},
 * else the launcher's own, else the newest under the system's JVM folder; without one the services run on the
 * launcher's JDK, as before.
 *
 * @param home    the JDK's home folder
 * @param feature its feature release (17, 25, ...), 0 when unknown
 */
public record ServiceJava(Path home, int feature) {

    static final int AOT_CACHE_SINCE = 25;
    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(?:1\\.)?(\\d+)", Pattern.MULTILINE);

    public Path executable() {
        return home.resolve("bin").resolve("java");
    }

    public boolean hasAotCache() {
        return feature >= AOT_CACHE_SINCE;
    }

    public static ServiceJava choose(Optional<Path> named, Path launcherHome, Path systemJvms) {
        if (named.isPresent()) {
            return of(named.get());
        }
        ServiceJava own = of(launcherHome);
        if (own.hasAotCache()) {
            return own;
        }
        return installedIn(systemJvms).filter(ServiceJava::hasAotCache)
                .max(Comparator.comparingInt(ServiceJava::feature))
                .orElse(own);
    }

    /** Reads the feature release from the JDK's {@code release} file. */
    static ServiceJava of(Path home) {
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(home.resolve("release")));
            return new ServiceJava(home, m.find() ? Integer.parseInt(m.group(1)) : 0);
        } catch (IOException e) {
            return new ServiceJava(home, 0);
        }
    }

    private static Stream<ServiceJava> installedIn(Path systemJvms) {
        try (Stream<Path> homes = Files.list(systemJvms)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin").resolve("java")))
                    .map(ServiceJava::of).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
