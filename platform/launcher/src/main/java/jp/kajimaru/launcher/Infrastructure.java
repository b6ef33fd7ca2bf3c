package jp.kajimaru.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * MariaDB and Kafka for the services: the servers named in the environment, or embedded ones.
 * Only what this class started is stopped again.
 */
public final class Infrastructure implements AutoCloseable {

    private EmbeddedMariaDb embeddedDb;
    private EmbeddedKafkaBroker embeddedKafka;
    private DatabaseServer db;
    private String kafkaBootstrap;
    private LocalMailbox localMailbox;
    private MailServer mail;

    public DatabaseServer db() {
        return db;
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    public MailServer mail() {
        return mail;
    }

    /** The embedded parts {@link FaultControl} may stop and start: "kafka" and "mariadb", those not external. */
    synchronized Map<String, Restartable> embeddedParts() {
        Map<String, Restartable> parts = new LinkedHashMap<>();
        if (embeddedKafka != null) {
            parts.put("kafka", embeddedKafka);
        }
        if (embeddedDb != null) {
            parts.put("mariadb", embeddedDb);
        }
        return parts;
    }

    /** A Ctrl-C during start waits here for the part being started, then {@link #close()} stops it too. */
    public synchronized void start(StackConfig config) throws Exception {
        long dbStart = System.nanoTime();
        if (config.externalDbUrl().isPresent()) {
            db = DatabaseServer.fromJdbcUrl(config.externalDbUrl().get(), config.dbUser(), config.dbPassword());
            System.out.println("  MariaDB     " + db.hostAndPort() + "  (KAJIMARU_DB_URL)");
        } else {
            embeddedDb = EmbeddedMariaDb.start(config.mariaDbBaseDir(), config.mariaDbDataDir());
            db = embeddedDb.server();
            System.out.printf(Locale.ROOT, "  MariaDB     %s  embedded, started in %.1f s%n", db.hostAndPort(), seconds(dbStart));
        }
        createDatabases();

        long kafkaStart = System.nanoTime();
        if (config.externalKafka().isPresent()) {
            kafkaBootstrap = config.externalKafka().get();
            System.out.println("  Kafka       " + kafkaBootstrap + "  (KAJIMARU_KAFKA)");
        } else {
            embeddedKafka = EmbeddedKafkaBroker.start(config.kafkaLogDir());
            kafkaBootstrap = embeddedKafka.bootstrapServers();
            System.out.printf(Locale.ROOT, "  Kafka       %s  embedded, started in %.1f s%n", kafkaBootstrap, seconds(kafkaStart));
        }
        if (config.externalMail().isPresent()) {
            mail = config.externalMail().get();
            System.out.println("  Mail        " + mail.host() + ":" + mail.port() + "  (KAJIMARU_SMTP_HOST)");
        } else {
            localMailbox = LocalMailbox.start();
            mail = localMailbox.server();
            System.out.println("  Mail        " + localMailbox.webUrl() + "  caught here, nothing is sent out");
        }
    }

    private void createDatabases() throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(""), db.user(), db.password());
             Statement statement = connection.createStatement()) {
            for (ServiceSpec service : ServiceSpec.BACKENDS) {
                statement.execute("CREATE DATABASE IF NOT EXISTS " + service.database() + " CHARACTER SET utf8mb4");
            }
        }
    }

    /** Kafka first: the services are gone by now, and nothing else writes to MariaDB. */
    @Override
    public synchronized void close() {
        if (localMailbox != null) {
            localMailbox.close();
            localMailbox = null;
        }
        if (embeddedKafka != null) {
            embeddedKafka.close();
            embeddedKafka = null;
            System.out.println("  stopped Kafka");
        }
        if (embeddedDb != null) {
            try {
                embeddedDb.close();
                System.out.println("  stopped MariaDB");
            } catch (Exception e) {
                System.out.println("  stopping MariaDB failed: " + e.getMessage());
            }
            embeddedDb = null;
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
