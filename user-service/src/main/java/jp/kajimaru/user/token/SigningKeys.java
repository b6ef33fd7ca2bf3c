package jp.kajimaru.user.token;

import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The RS256 keys. The newest signs; all are published in the JWKS so tokens signed before a rotation
 * stay valid until they expire. Stored in the database so restarts and replicas share them.
 */
@Component
public class SigningKeys {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile List<RSAKey> keys;

    SigningKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public RSAKey current() {
        return all().get(0);
    }

    public JWKSet publicSet() {
        return new JWKSet(all().stream().map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList());
    }

    public JWKSet privateSet() {
        return new JWKSet(all().stream().map(k -> (com.nimbusds.jose.jwk.JWK) k).toList());
    }

    /** Adds a new signing key; the previous ones stay published for verification. */
    public synchronized RSAKey rotate() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE).generate();
            jdbc.update("INSERT INTO signing_keys (kid, jwk_json, created_at) VALUES (?, ?, ?)",
                    key.getKeyID(), key.toJSONString(), Timestamp.from(clock.instant()));
            keys = null;
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a signing key", e);
        }
    }

    private List<RSAKey> all() {
        List<RSAKey> loaded = keys;
        if (loaded == null) {
            synchronized (this) {
                loaded = load();
                if (loaded.isEmpty()) {
                    rotate();
                    loaded = load();
                }
                keys = loaded;
            }
        }
        return loaded;
    }

    private List<RSAKey> load() {
        return jdbc.query("SELECT jwk_json FROM signing_keys ORDER BY created_at DESC", (rs, i) -> {
            try {
                return RSAKey.parse(rs.getString(1));
            } catch (ParseException e) {
                throw new IllegalStateException("Corrupt signing key in the database", e);
            }
        });
    }
}
