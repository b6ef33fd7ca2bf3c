package jp.kajimaru.messaging.debezium;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

/**
 * Hands the service's pooled DataSource to Debezium's offset store and schema history, which Kafka
 * Connect instantiates by class name and configures with strings only. Keeps one set of database
 * credentials instead of a second one in Debezium's properties.
 */
public final class DataSourceRegistry {

    private static final Map<String, DataSource> SOURCES = new ConcurrentHashMap<>();

    private DataSourceRegistry() {
    }

    public static void register(String key, DataSource dataSource) {
        SOURCES.put(key, dataSource);
    }

    public static void unregister(String key) {
        SOURCES.remove(key);
    }

    static DataSource get(String key) {
        DataSource ds = key == null ? null : SOURCES.get(key);
        if (ds == null) {
            throw new IllegalStateException("No DataSource registered for Debezium storage key " + key);
        }
        return ds;
    }
}
