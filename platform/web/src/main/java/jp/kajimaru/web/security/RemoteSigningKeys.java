package jp.kajimaru.web.security;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * user-service's signing keys as every other service holds them. Spring Security's default source fetches them on
 * the first request, with Nimbus's 500 ms read timeout, and again on the first request after they expire, while
 * every other request waits: under a burst of sign-ups user-service could take longer than that to answer, and the
 * waiting requests became 503s (seen in the 100-household benchmark of 2026-12-01). Here the keys are fetched as
 * soon as the service is ready, asked again with a back-off until user-service answers (the services start
 * together), refreshed in the background before they expire, and fetched at once when a token names a key not seen
 * yet (a rotation).
 */
final class RemoteSigningKeys implements JWKSource<SecurityContext>, ApplicationListener<ApplicationReadyEvent>,
        DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RemoteSigningKeys.class);
    private static final JWKSelector ANY_KEY = new JWKSelector(new JWKMatcher.Builder().build());
    private static final int SIZE_LIMIT = 64 * 1024;
    private static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    private static final Duration REFRESH_AHEAD = Duration.ofMinutes(1);
    /** How long a request waits for a fetch another request started. */
    private static final Duration WAIT_FOR_FETCH = Duration.ofSeconds(15);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(10);

    private final URI location;
    private final JWKSource<SecurityContext> source;
    private final AtomicBoolean warmUpStarted = new AtomicBoolean();
    private final ScheduledExecutorService warmUp = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "signing-keys-warm-up");
        thread.setDaemon(true);
        return thread;
    });

    RemoteSigningKeys(URI location, Duration connectTimeout, Duration readTimeout) {
        this.location = location;
        try {
            this.source = JWKSourceBuilder.<SecurityContext>create(location.toURL(),
                            new DefaultResourceRetriever((int) connectTimeout.toMillis(), (int) readTimeout.toMillis(),
                                    SIZE_LIMIT))
                    .cache(TIME_TO_LIVE.toMillis(), WAIT_FOR_FETCH.toMillis())
                    .refreshAheadCache(REFRESH_AHEAD.toMillis(), true)
                    // As Spring Security's own source: a token naming an unknown key fetches at once, not after 30 s.
                    .rateLimited(false)
                    .build();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException("kajimaru.security.jwks-uri is not a URL: " + location, e);
        }
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        return source.get(selector, context);
    }

    /** Once: a binder's child context announces its own readiness to this one too. */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (warmUpStarted.compareAndSet(false, true)) {
            warmUp.execute(() -> fetch(1, FIRST_RETRY));
        }
    }

    private void fetch(int attempt, Duration nextWait) {
        try {
            source.get(ANY_KEY, null);
            log.info("Signing keys fetched from {} (attempt {})", location, attempt);
            warmUp.shutdown();
        } catch (KeySourceException | RuntimeException e) {
            log.debug("Signing keys not fetched from {} (attempt {}), asking again in {}", location, attempt, nextWait,
                    e);
            Duration doubled = nextWait.multipliedBy(2);
            Duration after = doubled.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : doubled;
            warmUp.schedule(() -> fetch(attempt + 1, after), nextWait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void destroy() throws IOException {
        warmUp.shutdownNow();
        if (source instanceof Closeable closeable) {
            closeable.close();
        }
    }
}
