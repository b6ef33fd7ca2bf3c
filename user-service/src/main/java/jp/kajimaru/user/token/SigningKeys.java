package jp.kajimaru.user.token;

import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RS256 keys. The newest signs; all are published in the JWKS so tokens signed before a rotation
 * stay valid until they expire. Stored in the database so restarts and replicas share them.
 */
@Component
public class SigningKeys {

    private final SigningKeyRepository repository;
    private final Clock clock;
    /** Its own transaction, committed at once: a key must be stored before anything is signed with it. */
    private final TransactionTemplate ownTransaction;
    private volatile List<RSAKey> keys;

    SigningKeys(SigningKeyRepository repository, Clock clock, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
            SigningKey stored = new SigningKey(key.getKeyID(), key.toJSONString(), clock.instant());
            ownTransaction.executeWithoutResult(tx -> repository.saveAndFlush(stored));
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
        return repository.findAllByOrderByCreatedAtDesc().stream().map(k -> {
            try {
                return RSAKey.parse(k.jwkJson());
            } catch (ParseException e) {
                throw new IllegalStateException("Corrupt signing key in the database", e);
            }
        }).toList();
    }
}
