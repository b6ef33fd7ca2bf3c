package jp.kajimaru.user.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jp.kajimaru.events.user.MemberRole;
import org.springframework.stereotype.Component;

/** Short-lived RS256 access tokens carrying who (sub), which household (hid), which member (mid) and role. */
@Component
public class AccessTokens {

    private final SigningKeys keys;
    private final TokenProperties props;
    private final Clock clock;

    AccessTokens(SigningKeys keys, TokenProperties props, Clock clock) {
        this.keys = keys;
        this.props = props;
        this.clock = clock;
    }

    /** {@code subject} is the user, or the device for a member session on a shared device ({@code deviceId} set). */
    public String issue(String subject, UUID householdId, UUID memberId, MemberRole role, UUID deviceId) {
        return issue(subject, householdId, memberId, role, deviceId, props.accessTtl());
    }

    /** As above, living {@code ttl} (a shared-device session lives no longer than the household's idle timeout). */
    public String issue(String subject, UUID householdId, UUID memberId, MemberRole role, UUID deviceId, Duration ttl) {
        Instant now = clock.instant();
        RSAKey key = keys.current();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(props.issuer())
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(java.util.Date.from(now))
                .notBeforeTime(java.util.Date.from(now))
                .expirationTime(java.util.Date.from(now.plus(ttl)))
                .claim("hid", householdId.toString())
                .claim("mid", memberId.toString())
                .claim("role", role.name())
                .claim("dev", deviceId == null ? null : deviceId.toString())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
    }

    public long ttlSeconds() {
        return props.accessTtl().toSeconds();
    }

    public Duration ttl() {
        return props.accessTtl();
    }
}
