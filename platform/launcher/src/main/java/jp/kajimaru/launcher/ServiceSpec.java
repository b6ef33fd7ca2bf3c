package jp.kajimaru.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** One Spring Boot application of the system: which module it is built from and where it listens. */
public record ServiceSpec(String module, int port) {

    private static final String VERSION = "0.1.0-SNAPSHOT";

    /** The services that own a database and talk over Kafka. */
    public static final List<ServiceSpec> BACKENDS = List.of(
            new ServiceSpec("user-service", 8081),
            new ServiceSpec("rotation-service", 8082),
            new ServiceSpec("inventory-service", 8083),
            new ServiceSpec("shopping-service", 8084),
            new ServiceSpec("notification-service", 8085),
            new ServiceSpec("weather-service", 8086));

    public static final ServiceSpec GATEWAY = new ServiceSpec("gateway", 8080);
    /** The one that hashes passwords (its own JIT policy, {@link HashingJit}). */
    public static final ServiceSpec USER = BACKENDS.get(0);
    /** The one that sends mail. */
    public static final ServiceSpec NOTIFICATION = BACKENDS.get(4);

    public static final List<ServiceSpec> ALL =
            Stream.concat(BACKENDS.stream(), Stream.of(GATEWAY)).toList();

    /** "user" for user-service: the suffix of its database and of its gateway route property. */
    public String shortName() {
        return module.replaceFirst("-service$", "");
    }

    public String database() {
        return "kajimaru_" + shortName();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public URI healthUri() {
        return URI.create(baseUrl() + "/actuator/health");
    }

    public Path jar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target").resolve(module + "-" + VERSION + "-exec.jar");
    }
}
