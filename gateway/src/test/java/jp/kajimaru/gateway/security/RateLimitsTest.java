package jp.kajimaru.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitsTest {

    static final Instant T0 = Instant.parse("2026-11-29T10:00:10Z");

    @Test
    void theEleventhLoginInAMinuteWaitsAMinuteFromTheFirstAndOtherClientsAreNotAffected() {
        RateLimits limits = new RateLimits(Clock.fixed(T0, ZoneOffset.UTC));
        RateLimits.Rule login = limits.ruleFor(HttpMethod.POST, "/api/auth/login").orElseThrow();
        for (int i = 0; i < 10; i++) {
            assertThat(limits.acquire(login, "10.0.0.1")).isEmpty();
        }
        assertThat(limits.acquire(login, "10.0.0.1")).contains(Duration.ofSeconds(60));
        assertThat(limits.acquire(login, "10.0.0.2")).isEmpty();
    }

    @Test
    void theMinuteStartsWithTheClientsFirstAttemptNotOnTheClock() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-29T10:00:59Z"));
        RateLimits limits = new RateLimits(now::get);
        RateLimits.Rule pin = limits.ruleFor(HttpMethod.POST, "/api/members/abc/pin").orElseThrow();
        assertThat(pin.name()).isEqualTo("member-pin");
        for (int i = 0; i < 20; i++) {
            assertThat(limits.acquire(pin, "c")).isEmpty();
        }
        // A clock-aligned window would have started afresh at 10:01:00; this one lasts until 10:01:59.
        now.set(Instant.parse("2026-11-29T10:01:01Z"));
        assertThat(limits.acquire(pin, "c")).contains(Duration.ofSeconds(58));
        now.set(Instant.parse("2026-11-29T10:01:59Z"));
        assertThat(limits.acquire(pin, "c")).isEmpty();
    }

    @Test
    void fullBucketsAreForgottenAndStartAfresh() {
        AtomicReference<Instant> now = new AtomicReference<>(T0);
        RateLimits limits = new RateLimits(now::get);
        RateLimits.Rule login = limits.ruleFor(HttpMethod.POST, "/api/auth/login").orElseThrow();
        for (int i = 0; i < 10; i++) {
            limits.acquire(login, "10.0.0.3");
        }
        limits.evictExpired();
        assertThat(limits.acquire(login, "10.0.0.3")).as("an emptied bucket is kept").isPresent();
        now.set(T0.plusSeconds(61));
        limits.evictExpired();
        for (int i = 0; i < 10; i++) {
            assertThat(limits.acquire(login, "10.0.0.3")).isEmpty();
        }
        assertThat(limits.acquire(login, "10.0.0.3")).contains(Duration.ofSeconds(60));
    }

    @Test
    void onlyTheSecretCheckingEndpointsAreLimited() {
        RateLimits limits = new RateLimits(Clock.fixed(T0, ZoneOffset.UTC));
        assertThat(limits.ruleFor(HttpMethod.POST, "/api/invites/join")).map(RateLimits.Rule::name).contains("invite-join");
        assertThat(limits.ruleFor(HttpMethod.POST, "/api/devices/current/sessions")).isPresent();
        assertThat(limits.ruleFor(HttpMethod.GET, "/api/auth/login")).isEmpty();
        assertThat(limits.ruleFor(HttpMethod.POST, "/api/auth/signup")).isEmpty();
        assertThat(limits.ruleFor(HttpMethod.GET, "/api/chores")).isEmpty();
    }
}
