package jp.kajimaru.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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

    /**
     * The embedded broker starts on its own thread while MariaDB starts (they need nothing from each other; one after
     * the other cost ~3 s of every start). A Ctrl-C during start waits here for both, then {@link #close()} stops them.
     */
    public synchronized void start(StackConfig config) throws Exception {
        CompletableFuture<StartedBroker> startingKafka = config.externalKafka().isPresent() ? null
                : CompletableFuture.supplyAsync(() -> {
                    long kafkaStart = System.nanoTime();
                    return new StartedBroker(EmbeddedKafkaBroker.start(config.kafkaLogDir()), seconds(kafkaStart));
                }, runnable -> new Thread(runnable, "kafka-start").start());
        try {
            startDatabase(config);
        } catch (Exception databaseFailed) {
            if (startingKafka != null) {
                // Waited for and kept, so that close() stops the broker too.
                try {
                    embeddedKafka = startingKafka.join().broker();
                } catch (CompletionException kafkaFailed) {
                    databaseFailed.addSuppressed(kafkaFailed.getCause());
                }
            }
            throw databaseFailed;
        }
        if (startingKafka == null) {
            kafkaBootstrap = config.externalKafka().get();
            System.out.println("  Kafka       " + kafkaBootstrap + "  (KAJIMARU_KAFKA)");
        } else {
            StartedBroker started = joinUnwrapped(startingKafka);
            embeddedKafka = started.broker();
            kafkaBootstrap = embeddedKafka.bootstrapServers();
            System.out.printf(Locale.ROOT, "  Kafka       %s  embedded, started in %.1f s (while MariaDB started)%n",
                    kafkaBootstrap, started.seconds());
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

    private void startDatabase(StackConfig config) throws Exception {
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
    }

    private static <T> T joinUnwrapped(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
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

    private record StartedBroker(EmbeddedKafkaBroker broker, double seconds) {
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
