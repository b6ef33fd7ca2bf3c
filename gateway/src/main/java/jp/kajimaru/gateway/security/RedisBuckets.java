package jp.kajimaru.gateway.security;

import java.time.Duration;
import java.time.InstantSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;

/**
 * The replicas' shared buckets in Redis ({@code redis://[:password@]host[:port]}), through bucket4j's Lettuce
 * proxy manager (compare-and-swap, so two replicas taking the last token at once cannot both get it). Connects on
 * first use and, while Redis is unreachable, tries again at most every few seconds: meanwhile every call fails fast
 * and {@link RateLimits} counts on this replica alone. A bucket disappears from Redis once it would be full again.
 */
final class RedisBuckets implements RateLimits.SharedBuckets, AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofMillis(500);
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(5);

    private final RedisClient client;
    private final String prefix;
    private final InstantSource clock;
    private StatefulRedisConnection<String, byte[]> connection;
    private ProxyManager<String> buckets;
    private long nextAttempt = Long.MIN_VALUE;

    RedisBuckets(String url, String prefix, InstantSource clock) {
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(TIMEOUT);
        this.client = RedisClient.create(uri);
        this.client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
        this.prefix = prefix;
        this.clock = clock;
    }

    @Override
    public ConsumptionProbe tryConsume(String key, BucketConfiguration configuration) {
        return buckets().builder().build(prefix + key, () -> configuration).tryConsumeAndReturnRemaining(1);
    }

    private synchronized ProxyManager<String> buckets() {
        if (buckets != null) {
            return buckets;
        }
        long now = clock.millis();
        if (now < nextAttempt) {
            throw new IllegalStateException("Redis was unreachable a moment ago; not trying again yet");
        }
        nextAttempt = now + RECONNECT_AFTER.toMillis();
        connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .clientClock(RateLimits.timeOf(clock))
                .requestTimeout(TIMEOUT)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        return buckets;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        }
        client.shutdown();
    }
}
