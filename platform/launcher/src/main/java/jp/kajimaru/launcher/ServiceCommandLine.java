package jp.kajimaru.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the java command for one service, pointing it at the running infrastructure. */
public final class ServiceCommandLine {

    // Seven JVMs share two cores and a laptop's memory: C1 only and the serial GC start fastest and stay small.
    private static final List<String> JVM_OPTIONS =
            List.of("-Xms64m", "-Xmx320m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private static final String LOOPBACK = "127.0.0.1";

    private ServiceCommandLine() {
    }

    public static List<String> of(ServiceSpec service, Path jar, DatabaseServer db, String kafkaBootstrap) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + service.port());
        if (service.equals(ServiceSpec.GATEWAY)) {
            // The only way in: the gateway listens on every interface, the services on loopback only.
            ServiceSpec.BACKENDS.forEach(backend ->
                    command.add("--kajimaru.services." + backend.shortName() + "=" + backend.baseUrl()));
        } else {
            command.add("--server.address=" + LOOPBACK);
            command.add("--spring.datasource.url=" + db.jdbcUrl(service.database()));
            command.add("--spring.datasource.username=" + db.user());
            command.add("--spring.datasource.password=" + db.password());
            command.add("--spring.kafka.bootstrap-servers=" + kafkaBootstrap);
            command.add("--spring.cloud.stream.kafka.binder.brokers=" + kafkaBootstrap);
        }
        return command;
    }
}
