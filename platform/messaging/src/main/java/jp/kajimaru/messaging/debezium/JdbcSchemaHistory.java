package jp.kajimaru.messaging.debezium;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

import javax.sql.DataSource;

import io.debezium.config.Configuration;
import io.debezium.document.DocumentReader;
import io.debezium.document.DocumentWriter;
import io.debezium.relational.history.AbstractSchemaHistory;
import io.debezium.relational.history.HistoryRecord;
import io.debezium.relational.history.HistoryRecordComparator;
import io.debezium.relational.history.SchemaHistoryException;
import io.debezium.relational.history.SchemaHistoryListener;

/** The binlog connector's DDL history, in the service's own {@code relay_schema_history} table. */
public class JdbcSchemaHistory extends AbstractSchemaHistory {

    public static final String DATASOURCE_KEY = "schema.history.internal.kajimaru.datasource";

    private DataSource dataSource;

    @Override
    public void configure(Configuration config, HistoryRecordComparator comparator, SchemaHistoryListener listener,
                          boolean useCatalogBeforeSchema) {
        super.configure(config, comparator, listener, useCatalogBeforeSchema);
        dataSource = DataSourceRegistry.get(config.getString(DATASOURCE_KEY));
    }

    @Override
    protected void storeRecord(HistoryRecord record) throws SchemaHistoryException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("INSERT INTO relay_schema_history (record_json) VALUES (?)")) {
            st.setString(1, DocumentWriter.defaultWriter().write(record.document()));
            st.executeUpdate();
        } catch (SQLException | IOException e) {
            throw new SchemaHistoryException("Could not store schema history", e);
        }
    }

    @Override
    protected void recoverRecords(Consumer<HistoryRecord> records) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT record_json FROM relay_schema_history ORDER BY seq");
             ResultSet rs = st.executeQuery()) {
            DocumentReader reader = DocumentReader.defaultReader();
            while (rs.next()) {
                records.accept(new HistoryRecord(reader.read(rs.getString(1))));
            }
        } catch (SQLException | IOException e) {
            throw new SchemaHistoryException("Could not read schema history", e);
        }
    }

    @Override
    public boolean exists() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT 1 FROM relay_schema_history LIMIT 1");
             ResultSet rs = st.executeQuery()) {
            return rs.next();
        } catch (SQLException e) {
            throw new SchemaHistoryException("Could not read schema history", e);
        }
    }

    // Flyway creates the table with the rest of the schema.
    @Override
    public boolean storageExists() {
        return true;
    }
}
