package jp.kajimaru.user.token;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One RS256 signing key (its private JWK). Written once, never changed. Not household data. */
@Entity
@Table(name = "signing_keys")
class SigningKey {

    @Id
    @Column(length = 64)
    private String kid;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(name = "jwk_json", nullable = false)
    private String jwkJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SigningKey() {
    }

    SigningKey(String kid, String jwkJson, Instant createdAt) {
        this.kid = kid;
        this.jwkJson = jwkJson;
        this.createdAt = createdAt;
    }

    String jwkJson() {
        return jwkJson;
    }
}
