package jp.kajimaru.gateway.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

/** The services see the address a client connected from, never one the client made up. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientAddressFilterTest {

    /** Answers 204 to every request and keeps the forwarding headers it was sent. */
    static final ServerSocket BACKEND = backend();
    static final List<List<String>> SEEN = new CopyOnWriteArrayList<>();

    @LocalServerPort int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("kajimaru.services.user", () -> "http://127.0.0.1:" + BACKEND.getLocalPort());
    }

    @AfterAll
    static void stop() throws IOException {
        BACKEND.close();
    }

    @Test
    void theLastForwardedForEntryIsTheConnectingAddressWhateverTheClientSent() throws Exception {
                RawHttp.Answer plain = RawHttp.send("127.0.0.31", port, "POST", "/api/invites/join", Map.of("Content-Type", "application/json"), "{}");
        RawHttp.Answer spoofed = RawHttp.send("127.0.0.31", port, "POST", "/api/invites/join",
                Map.of("Content-Type", "application/json", "X-Forwarded-For", "203.0.113.9", "Forwarded", "for=203.0.113.9"), "{}");

        assertThat(List.of(plain.status(), spoofed.status())).containsOnly(204);
        assertThat(SEEN).hasSize(2).allSatisfy(headers -> assertThat(headers)
                .contains("x-forwarded-for: 127.0.0.31")
                .noneMatch(h -> h.contains("203.0.113.9")));
    }

    private static ServerSocket backend() {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accepting = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
                        List<String> forwarding = new ArrayList<>();
                        int length = 0;
                        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                            String lower = line.toLowerCase(java.util.Locale.ROOT);
                            if (lower.startsWith("x-forwarded-for") || lower.startsWith("forwarded")) {
                                forwarding.add(lower);
                            }
                            if (lower.startsWith("content-length:")) {
                                length = Integer.parseInt(lower.substring(15).trim());
                            }
                        }
                        for (int i = 0; i < length; i++) {
                            in.read();
                        }
                        SEEN.add(forwarding);
                        OutputStream out = s.getOutputStream();
                        out.write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                    } catch (IOException e) {
                        // closed at the end of the test
                    }
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
