package jp.kajimaru.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same promise as {@link ProblemDetailsTest}, over a real Tomcat: what Tomcat itself rejects before any
 * servlet runs (encoded slash, backslash or NUL in the path), bodies of a type no endpoint reads, and
 * unique-key violations all answer application/problem+json, never an HTML page or a 500.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kajimaru.security.jwks-uri=http://127.0.0.1:9/unused",
                "kajimaru.security.public-paths=/api/public/**"})
class ProblemDetailsOverHttpTest {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort int port;

    @Test
    void pathsTomcatRejectsAreProblemJsonNotHtml() throws Exception {
        for (String path : List.of("/api/notes/a%2fb", "/api/notes/a%2Fb", "/api/notes/a%5cb", "/api/notes/a%00b",
                "/api/%2e%2e/notes", "/api/notes/..%2f..%2fetc")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).GET());
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertProblem(r, 400);
            assertThat(r.body()).as(path).doesNotContain("<html", "Tomcat");
        }
    }

    @Test
    void errorsThatReachTheErrorPageAreProblemJson() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/error")).GET());
        assertThat(r.body()).doesNotContain("<html", "timestamp");
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
    }

    /**
     * The signing keys cannot be fetched (here the JWKS address refuses connections; under load, user-service too busy
     * to answer): the caller's token cannot be checked, which is a 503 to retry, not a 500 and not a 401.
     */
    @Test
    void aTokenThatCannotBeCheckedForWantOfKeysIs503WithRetryAfter() throws Exception {
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String token = b64.encodeToString("{\"alg\":\"RS256\",\"kid\":\"k1\",\"typ\":\"JWT\"}".getBytes())
                + "." + b64.encodeToString("{\"sub\":\"someone\"}".getBytes()) + "." + b64.encodeToString(new byte[256]);
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/notes/" + java.util.UUID.randomUUID()))
                .header("Authorization", "Bearer " + token).GET());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertProblem(r, 503);
        assertThat(r.headers().firstValue("Retry-After")).contains("5");

        HttpResponse<String> garbage = send(HttpRequest.newBuilder(uri("/api/notes/" + java.util.UUID.randomUUID()))
                .header("Authorization", "Bearer not-a-jwt").GET());
        assertThat(garbage.statusCode()).as("a malformed token is still the caller's fault").isEqualTo(401);
    }

    @Test
    void aBodyOfAnotherTypeThanJsonIs415Problem() throws Exception {
        for (String type : List.of("*/*", "text/plain", "application/x-www-form-urlencoded", "application/xml", "text/*")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/public/notes"))
                    .header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"wash\",\"weight\":3}")));
            assertThat(r.statusCode()).as(type).isEqualTo(415);
            assertProblem(r, 415);
        }
    }

    @Test
    void aMultipartBodyWithoutBoundaryIs400Problem() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/public/notes"))
                .header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"wash\",\"weight\":3}")));
        assertThat(r.statusCode()).isEqualTo(400);
        assertProblem(r, 400);
        assertThat(r.body()).contains("multipart");
    }

    @Test
    void aQueryThatIsNotUtf8Is400Problem() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/public/notes?q=%ff%fe")).GET());
        assertThat(r.statusCode()).isEqualTo(400);
        assertProblem(r, 400);
        assertThat(r.body()).contains("UTF-8");
    }

    @Test
    void aUniqueKeyViolationIs409Problem() throws Exception {
        for (String kind : List.of("duplicate-key", "integrity")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/public/violations/" + kind))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(r.statusCode()).as(kind).isEqualTo(409);
            assertProblem(r, 409);
            assertThat(r.body()).as(kind).contains("conflicts with an existing entry").doesNotContain("uk_notes_text", "INSERT");
        }
    }

    private void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(r.body()).contains("\"status\":" + status);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
