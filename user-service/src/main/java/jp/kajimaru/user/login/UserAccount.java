package jp.kajimaru.user.login;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.kajimaru.domain.InvalidFieldException;

/** A login: a normalised e-mail address and a password hash (the algorithm named in the hash). */
@Entity
@Table(name = "users")
public class UserAccount {

    @Id
    private UUID id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    UserAccount(UUID id, String email, String passwordHash, Instant createdAt) {
        this.id = id;
        this.email = email;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    /** Re-hashed by the current default algorithm (done while the password is at hand, at login). */
    void rehash(String newHash) {
        this.passwordHash = newHash;
    }

    /** The login moves to another (normalised) address; the one it has already is refused. */
    void moveTo(String normalizedEmail) {
        if (email.equals(normalizedEmail)) {
            throw new InvalidFieldException("email", "email.unchanged", "This is already your e-mail address.");
        }
        this.email = normalizedEmail;
    }

    public UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }
}
