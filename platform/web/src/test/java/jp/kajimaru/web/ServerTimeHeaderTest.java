package jp.kajimaru.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import jp.kajimaru.web.security.ServerTimeFilter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** Every answer says the application's "now" (its Clock bean, not the wall clock): the web UI's "today" follows it. */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kajimaru.security.jwks-uri=http://127.0.0.1:9/unused", "kajimaru.security.public-paths=/api/public/**"})
@Import(ServerTimeHeaderTest.Pinned.class)
class ServerTimeHeaderTest {

    static final Instant PINNED = Instant.parse("2028-02-29T14:30:00Z");

    @TestConfiguration
    static class Pinned {
        @Bean
        Clock clock() {
            return Clock.fixed(PINNED, ZoneOffset.UTC);
        }
    }

    @LocalServerPort int port;

    @Test
    void answersCarryTheApplicationsNowAlsoErrorsAndUnauthenticatedOnes() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : java.util.List.of("/api/public/violations/integrity", "/api/private/anything")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isGreaterThanOrEqualTo(400);
            assertThat(r.headers().firstValue(ServerTimeFilter.HEADER)).as(path).hasValue(PINNED.toString());
        }
    }
}
