package jp.kajimaru.user.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    record UserRow(UUID id, String email, String passwordHash) {
    }

    private final JdbcTemplate jdbc;

    UserRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String email, String passwordHash, Instant now) {
        jdbc.update("INSERT INTO users (id, email, password_hash, created_at) VALUES (?, ?, ?, ?)",
                id.toString(), email, passwordHash, Timestamp.from(now));
    }

    void delete(UUID id) {
        jdbc.update("DELETE FROM users WHERE id = ?", id.toString());
    }

    void updatePasswordHash(UUID id, String passwordHash) {
        jdbc.update("UPDATE users SET password_hash = ? WHERE id = ?", passwordHash, id.toString());
    }

    Optional<UserRow> findByEmail(String email) {
        return jdbc.query("SELECT id, email, password_hash FROM users WHERE email = ?",
                (rs, i) -> new UserRow(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3)), email)
                .stream().findFirst();
    }
}
