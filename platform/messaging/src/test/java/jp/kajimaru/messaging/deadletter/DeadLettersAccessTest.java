package jp.kajimaru.messaging.deadletter;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Who skips the JWT chain to the dead-letter endpoint: the host itself, never a forwarded or remote request. */
class DeadLettersAccessTest {

    private final DeadLettersAccess access = new DeadLettersAccess();

    @Test
    void anOperatorOnTheHostReachesTheListAndTheReplays() {
        assertThat(access.matches(request("GET", "/actuator/deadletters", "127.0.0.1"))).isTrue();
        assertThat(access.matches(request("POST", "/actuator/deadletters/kajimaru.user.events/0-3", "::1"))).isTrue();
    }

    @Test
    void aRemoteOrForwardedCallerOrAnotherPathDoesNot() {
        assertThat(access.matches(request("GET", "/actuator/deadletters", "10.1.2.3"))).isFalse();
        MockHttpServletRequest forwarded = request("GET", "/actuator/deadletters", "127.0.0.1");
        forwarded.addHeader("X-Forwarded-For", "203.0.113.9");
        assertThat(access.matches(forwarded)).isFalse();
        MockHttpServletRequest rfc7239 = request("POST", "/actuator/deadletters", "127.0.0.1");
        rfc7239.addHeader("Forwarded", "for=203.0.113.9");
        assertThat(access.matches(rfc7239)).isFalse();
        assertThat(access.matches(request("GET", "/actuator/deadlettersX", "127.0.0.1"))).isFalse();
        assertThat(access.matches(request("GET", "/actuator/env", "127.0.0.1"))).isFalse();
    }

    private static MockHttpServletRequest request(String method, String uri, String remote) {
        MockHttpServletRequest r = new MockHttpServletRequest(method, uri);
        r.setRemoteAddr(remote);
        return r;
    }
}
