package jp.kajimaru.user.login;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id exactly as Spring Security's {@code Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()} (16 MiB, two
 * passes, one lane; the same {@code $argon2id$v=19$m=…,t=…,p=…$salt$hash} text, so each verifies the other's hashes),
 * but the 16 384 one-KiB blocks a hash works in come from a pool shared by all hashes instead of being allocated anew.
 * <p>
 * Why: in the service's small young generation (the launcher gives it 12 MB) every hash's blocks outlived a young
 * collection and were promoted; ten logins grew the old generation from 107 to 278 MB and brought ~400 ms full
 * collections (jstat on the running user-service). Pooled, a hash allocates next to nothing: 60 hashes, 6 young
 * collections and no full one, against 105 young and 3 full (same JVM options, bench by hand). The pool keeps at most
 * {@code hashesAtOnce} hashes' blocks (16 MiB each; {@link BoundedPasswordEncoder} allows no more at once); Bouncy Castle
 * clears a block when it returns to the pool.
 */
final class PooledArgon2PasswordEncoder implements PasswordEncoder {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int LANES = 1;
    private static final int MEMORY_KIB = 1 << 14;
    private static final int ITERATIONS = 2;
    private static final String PREFIX = "$argon2id$v=" + Argon2Parameters.ARGON2_VERSION_13 + "$";

    private final SecureRandom random = new SecureRandom();
    private final Argon2BytesGenerator.BlockPool pool;

    PooledArgon2PasswordEncoder(int hashesAtOnce) {
        // One block per KiB of a hash's memory.
        this.pool = new Argon2BytesGenerator.FixedBlockPool(hashesAtOnce * MEMORY_KIB);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = hash(rawPassword, new HashSettings(Argon2Parameters.ARGON2_VERSION_13, MEMORY_KIB, ITERATIONS, LANES),
                salt, HASH_BYTES);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + LANES + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(hash);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        EncodedHash stored = EncodedHash.parse(encodedPassword);
        if (stored == null) {
            return false;
        }
        byte[] hash = hash(rawPassword, stored.settings(), stored.salt(), stored.hash().length);
        return MessageDigest.isEqual(stored.hash(), hash);
    }

    /** A hash made with less memory or fewer passes than today's is made again at the next login. */
    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        EncodedHash stored = EncodedHash.parse(encodedPassword);
        return stored != null && (stored.settings().memoryKib() < MEMORY_KIB || stored.settings().iterations() < ITERATIONS);
    }

    private byte[] hash(CharSequence rawPassword, HashSettings settings, byte[] salt, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(settings.version())
                .withMemoryAsKB(settings.memoryKib())
                .withIterations(settings.iterations())
                .withParallelism(settings.lanes())
                .withSalt(salt)
                .withBlockPool(pool)
                .build());
        byte[] out = new byte[length];
        // As Spring's encoder: the characters, turned into UTF-8 by Bouncy Castle.
        generator.generateBytes(rawPassword.toString().toCharArray(), out);
        return out;
    }

    record HashSettings(int version, int memoryKib, int iterations, int lanes) {
    }

    /** {@code $argon2id[$v=19]$m=…,t=…,p=…$salt$hash}, as Spring Security writes it; anything else is null. */
    record EncodedHash(HashSettings settings, byte[] salt, byte[] hash) {

        static EncodedHash parse(String encoded) {
            if (encoded == null) {
                return null;
            }
            String[] parts = encoded.split("\\$");
            if (parts.length < 5 || !parts[0].isEmpty() || !parts[1].equals("argon2id")) {
                return null;
            }
            try {
                int next = 2;
                int version = Argon2Parameters.ARGON2_VERSION_10;
                if (parts[next].startsWith("v=")) {
                    version = Integer.parseInt(parts[next++].substring(2));
                }
                if (parts.length != next + 3) {
                    return null;
                }
                String[] costs = parts[next].split(",");
                if (costs.length != 3 || !costs[0].startsWith("m=") || !costs[1].startsWith("t=") || !costs[2].startsWith("p=")) {
                    return null;
                }
                HashSettings settings = new HashSettings(version, Integer.parseInt(costs[0].substring(2)),
                        Integer.parseInt(costs[1].substring(2)), Integer.parseInt(costs[2].substring(2)));
                if (settings.iterations() < 1 || settings.lanes() < 1 || settings.memoryKib() < 1) {
                    return null;
                }
                Base64.Decoder base64 = Base64.getDecoder();
                byte[] hash = base64.decode(parts[next + 2]);
                return hash.length < 4 ? null : new EncodedHash(settings, base64.decode(parts[next + 1]), hash);
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
    }
}
