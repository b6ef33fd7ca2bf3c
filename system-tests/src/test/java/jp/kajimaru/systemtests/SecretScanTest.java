package jp.kajimaru.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The secret scan of the stop hook must be able to fail: planted secrets and hashes are found, clean text is not. */
class SecretScanTest {

    static final String BCRYPT = "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";

    @Test
    void aPlantedSecretOrHashInALogOrAResponseIsFound(@TempDir Path logs) throws Exception {
        String refresh = "rt-" + "q".repeat(40);
        SecretScan.cookies(List.of("KJ_RT=" + refresh + "; Path=/api/auth; HttpOnly"));
        Files.writeString(logs.resolve("user-service.log"), String.join("\n",
                "10:00:00.000 INFO  [main] started",
                "10:00:01.000 DEBUG [http] refreshing with " + refresh,
                "10:00:02.000 WARN  [http] saving member pin_hash=" + BCRYPT,
                "10:00:03.000 INFO  [http] body {\"password\":\"" + HostileApi.PASSWORD + "\"}"));
        Files.writeString(logs.resolve("gateway.log"), "10:00:00.000 INFO  [main] nothing to see\n");

        List<String> found = SecretScan.findings(logs);

        assertThat(found).anyMatch(f -> f.startsWith("log user-service.log: refresh token:") && !f.contains(refresh));
        assertThat(found).anyMatch(f -> f.contains("a password/PIN hash"));
        assertThat(found).anyMatch(f -> f.contains("test password"));
        assertThat(found).noneMatch(f -> f.contains("gateway.log"));
    }

    @Test
    void aWebhookSecretMayBeInTheAnswerThatIssuedItOnly() {
        String issuing = "{\"id\":\"w1\",\"secret\":\"whsec-0123456789abcdef\"}";
        SecretScan.response(issuing);
        assertThat(SecretScan.knownSecrets()).containsEntry("whsec-0123456789abcdef", "webhook secret");

        Map<String, String> texts = Map.of("issuing", issuing, "list", "[{\"id\":\"w1\",\"hint\":\"whsec-0123456789abcdef\"}]");
        List<String> found = SecretScan.scan(texts, SecretScan.knownSecrets());
        assertThat(found).anyMatch(f -> f.startsWith("list: webhook secret"));
        // The scan over recorded responses leaves the issuing answer out (findings), scan() itself does not judge.
        assertThat(SecretScan.scan(Map.of("clean", "{\"id\":\"w1\",\"url\":\"https://hooks.example.com\"}"),
                SecretScan.knownSecrets())).isEmpty();
    }
}
