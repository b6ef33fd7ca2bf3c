package jp.kajimaru.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitsTest {

    static final Instant T0 = Instant.parse("2026-11-29T10:00:10Z");

    @Test
    void theEleventhLoginInAMinuteWaitsForTheNextWindowAndOtherClientsAreNotAffected() {
        RateLimits limits = new RateLimits(Clock.fixed(T0, ZoneOffset.UTC));
        RateLimits.Rule login = limits.ruleFor(HttpMethod.POST, "/api/auth/login").orElseThrow();
        for (int i = 0; i < 10; i++) {
            assertThat(limits.acquire(login, "10.0.0.1")).isEmpty();
        }
        assertThat(limits.acquire(login, "10.0.0.1")).contains(Duration.ofSeconds(50));
        assertThat(limits.acquire(login, "10.0.0.2")).isEmpty();
    }

    @Test
    void aNewWindowStartsAfresh() {
        RateLimits first = new RateLimits(Clock.fixed(T0, ZoneOffset.UTC));
        RateLimits.Rule pin = first.ruleFor(HttpMethod.POST, "/api/members/abc/pin").orElseThrow();
        for (int i = 0; i < 20; i++) {
            first.acquire(pin, "c");
        }
        assertThat(first.acquire(pin, "c")).isPresent();
        assertThat(pin.name()).isEqualTo("member-pin");
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
