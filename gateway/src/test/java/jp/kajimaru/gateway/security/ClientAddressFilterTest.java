package jp.kajimaru.gateway.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services see the address a client connected from, never one the client made up; behind a configured edge proxy
 * (an ingress), the client that proxy served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kajimaru.gateway.edge-proxies=127\\.0\\.0\\.41")
class ClientAddressFilterTest {

    static final List<List<String>> SEEN = new CopyOnWriteArrayList<>();
    /** Answers 204 to every request and keeps the forwarding headers it was sent. */
    static final FakeBackend BACKEND = FakeBackend.answering((head, out) -> {
        SEEN.add(Arrays.stream(head.split("\r\n"))
                .filter(line -> line.startsWith("x-forwarded-for") || line.startsWith("forwarded")).toList());
        out.write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    });

    @LocalServerPort int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("kajimaru.services.user", BACKEND::url);
    }

    @AfterAll
    static void stop() throws IOException {
        BACKEND.close();
    }

    @Test
    void theLastForwardedForEntryIsTheConnectingAddressWhateverTheClientSent() throws Exception {
        SEEN.clear();
        RawHttp.Answer plain = RawHttp.send("127.0.0.31", port, "POST", "/api/invites/join", Map.of("Content-Type", "application/json"), "{}");
        RawHttp.Answer spoofed = RawHttp.send("127.0.0.31", port, "POST", "/api/invites/join",
                Map.of("Content-Type", "application/json", "X-Forwarded-For", "203.0.113.9", "Forwarded", "for=203.0.113.9"), "{}");

        assertThat(List.of(plain.status(), spoofed.status())).containsOnly(204);
        assertThat(SEEN).hasSize(2).allSatisfy(headers -> assertThat(headers)
                .contains("x-forwarded-for: 127.0.0.31")
                .noneMatch(h -> h.contains("203.0.113.9")));
    }

    @Test
    void behindAnEdgeProxyTheClientIsTheLastEntryThatProxyAppended() throws Exception {
        SEEN.clear();
        Map<String, String> json = Map.of("Content-Type", "application/json");
        RawHttp.Answer viaIngress = RawHttp.send("127.0.0.41", port, "POST", "/api/invites/join",
                with(json, "X-Forwarded-For", "198.51.100.7, 203.0.113.9"), "{}");
        RawHttp.Answer hostName = RawHttp.send("127.0.0.41", port, "POST", "/api/invites/join",
                with(json, "X-Forwarded-For", "evil.example"), "{}");
        RawHttp.Answer notTheIngress = RawHttp.send("127.0.0.31", port, "POST", "/api/invites/join",
                with(json, "X-Forwarded-For", "203.0.113.9"), "{}");

        assertThat(List.of(viaIngress.status(), hostName.status(), notTheIngress.status())).containsOnly(204);
        assertThat(SEEN).hasSize(3).allSatisfy(headers -> assertThat(headers).noneMatch(h -> h.contains("198.51.100.7")));
        assertThat(SEEN.get(0)).filteredOn(h -> h.startsWith("x-forwarded-for")).containsExactly("x-forwarded-for: 203.0.113.9");
        assertThat(SEEN.get(1)).filteredOn(h -> h.startsWith("x-forwarded-for")).containsExactly("x-forwarded-for: 127.0.0.41");
        assertThat(SEEN.get(2)).filteredOn(h -> h.startsWith("x-forwarded-for")).containsExactly("x-forwarded-for: 127.0.0.31");
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new HashMap<>(headers);
        all.put(name, value);
        return all;
    }
}
