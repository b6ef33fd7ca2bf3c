package jp.kajimaru.user.device;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class DeviceRepository {

    private final JdbcTemplate jdbc;

    DeviceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Device d, String secretHash, UUID createdBy) {
        jdbc.update("""
                INSERT INTO devices (id, household_id, name, secret_hash, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)""",
                d.id().toString(), d.householdId().toString(), d.name(), secretHash, createdBy.toString(),
                Timestamp.from(d.createdAt()));
    }

    List<Device> live(UUID householdId) {
        return jdbc.query("SELECT * FROM devices WHERE household_id = ? AND revoked_at IS NULL ORDER BY created_at",
                DeviceRepository::map, householdId.toString());
    }

    Optional<Device> liveBySecretHash(String hash) {
        return jdbc.query("SELECT * FROM devices WHERE secret_hash = ? AND revoked_at IS NULL", DeviceRepository::map, hash)
                .stream().findFirst();
    }

    void seen(UUID id, Instant now) {
        jdbc.update("UPDATE devices SET last_seen_at = ? WHERE id = ?", Timestamp.from(now), id.toString());
    }

    boolean revoke(UUID householdId, UUID id, Instant now) {
        return jdbc.update("UPDATE devices SET revoked_at = ? WHERE id = ? AND household_id = ? AND revoked_at IS NULL",
                Timestamp.from(now), id.toString(), householdId.toString()) == 1;
    }

    private static Device map(ResultSet rs, int row) throws SQLException {
        Timestamp seen = rs.getTimestamp("last_seen_at");
        return new Device(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("household_id")),
                rs.getString("name"), rs.getTimestamp("created_at").toInstant(), seen == null ? null : seen.toInstant());
    }
}
