package jp.kajimaru.messaging.debezium;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.runtime.WorkerConfig;
import org.apache.kafka.connect.storage.MemoryOffsetBackingStore;

/**
 * Debezium's binlog position, kept in the service's own {@code relay_offset} table rather than a file,
 * so a replica that takes over the relay resumes where the previous leader stopped.
 * (Debezium's own JDBC store wants a separate non-empty password; this one reuses the service's pool.)
 */
public class JdbcOffsetStore extends MemoryOffsetBackingStore {

    public static final String DATASOURCE_KEY = "offset.storage.kajimaru.datasource";

    private DataSource dataSource;

    @Override
    public void configure(WorkerConfig config) {
        super.configure(config);
        dataSource = DataSourceRegistry.get(config.originalsStrings().get(DATASOURCE_KEY));
    }

    @Override
    public synchronized void start() {
        super.start();
        Map<ByteBuffer, ByteBuffer> loaded = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT offset_key, offset_value FROM relay_offset");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String value = rs.getString(2);
                loaded.put(decode(rs.getString(1)), value == null ? null : decode(value));
            }
        } catch (SQLException e) {
            throw new ConnectException("Could not load Debezium offsets", e);
        }
        data.putAll(loaded);
    }

    @Override
    protected void save() {
        Map<ByteBuffer, ByteBuffer> snapshot;
        synchronized (this) {
            snapshot = new HashMap<>(data);
        }
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement(
                    "REPLACE INTO relay_offset (offset_key, offset_value) VALUES (?, ?)")) {
                for (Map.Entry<ByteBuffer, ByteBuffer> e : snapshot.entrySet()) {
                    st.setString(1, encode(e.getKey()));
                    st.setString(2, e.getValue() == null ? null : encode(e.getValue()));
                    st.addBatch();
                }
                st.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new ConnectException("Could not save Debezium offsets", e);
        }
    }

    // Kafka Connect's REST API asks this; the embedded engine never does.
    @Override
    public Set<Map<String, Object>> connectorPartitions(String connectorName) {
        return Set.of();
    }

    private static String encode(ByteBuffer b) {
        ByteBuffer copy = b.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static ByteBuffer decode(String s) {
        return ByteBuffer.wrap(Base64.getDecoder().decode(s));
    }
}
