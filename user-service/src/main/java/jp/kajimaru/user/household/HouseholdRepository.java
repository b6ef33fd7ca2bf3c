package jp.kajimaru.user.household;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jp.kajimaru.events.user.RotationUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class HouseholdRepository {

    private final JdbcTemplate jdbc;

    HouseholdRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Household h, Instant now) {
        jdbc.update("""
                INSERT INTO households (id, name, time_zone, locale, location_label, latitude, longitude,
                  idle_timeout_minutes, rotation_unit, shopping_approval_required, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                h.id().toString(), h.name(), h.timeZone(), h.locale(), h.locationLabel(), h.latitude(), h.longitude(),
                h.idleTimeoutMinutes(), h.rotationUnit().name(), h.shoppingApprovalRequired(), Timestamp.from(now));
    }

    public void update(Household h) {
        jdbc.update("""
                UPDATE households SET name = ?, time_zone = ?, locale = ?, location_label = ?, latitude = ?, longitude = ?,
                  idle_timeout_minutes = ?, rotation_unit = ?, shopping_approval_required = ? WHERE id = ?""",
                h.name(), h.timeZone(), h.locale(), h.locationLabel(), h.latitude(), h.longitude(), h.idleTimeoutMinutes(),
                h.rotationUnit().name(), h.shoppingApprovalRequired(), h.id().toString());
    }

    public Optional<Household> find(UUID id) {
        return jdbc.query("SELECT * FROM households WHERE id = ?", (rs, i) -> new Household(
                UUID.fromString(rs.getString("id")), rs.getString("name"), rs.getString("time_zone"),
                rs.getString("locale"), rs.getString("location_label"), rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"), rs.getInt("idle_timeout_minutes"),
                RotationUnit.valueOf(rs.getString("rotation_unit")), rs.getBoolean("shopping_approval_required")),
                id.toString()).stream().findFirst();
    }
}
