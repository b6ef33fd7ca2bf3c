package jp.kajimaru.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Across services over Kafka, in the running stack: members added and marked busy in user-service
 * change the roster in rotation-service (MemberJoined re-plans, MemberBusyChanged moves the busy days' tasks).
 */
class RotationAcrossServicesIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @BeforeAll
    static void stack() throws Exception {
        RunningStack.get();
    }

    @Test
    void aMemberMarkedBusyInUserServiceLosesTodaysTasksInRotationService() throws Exception {
        JsonNode signup = JSON.readTree(send("POST", "/api/auth/signup", null, "{\"email\":\"busy-" + UUID.randomUUID()
                + "@example.com\",\"password\":\"correct horse battery\",\"displayName\":\"Hana\",\"householdName\":\"Busy\"}").body());
        String token = signup.get("accessToken").asString();
        HttpResponse<String> added = send("POST", "/api/members", token, "{\"displayName\":\"Ken\",\"role\":\"MEMBER\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        String ken = JSON.readTree(added.body()).get("id").asString();
        // "Today" is the stack's (its clock starts on a fixed Monday), in the household's zone: the dashboard says which.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> send("GET", "/api/dashboard", token, null).statusCode() == 200);
        LocalDate today = LocalDate.parse(JSON.readTree(send("GET", "/api/dashboard", token, null).body()).get("today").asString());

        // MemberJoined reached rotation-service: today's open tasks are shared between Hana and Ken.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> assigneesToday(token, today).contains(ken));

        String from = today.atStartOfDay(TOKYO).toInstant().toString();
        String until = today.plusDays(1).atStartOfDay(TOKYO).toInstant().toString();
        assertThat(send("PUT", "/api/members/" + ken + "/busy", token, "{\"from\":\"" + from + "\",\"until\":\"" + until + "\"}")
                .statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> !assigneesToday(token, today).contains(ken));
        List<String> after = assigneesToday(token, today);
        assertThat(after).isNotEmpty().doesNotContainNull();
    }

    private static List<String> assigneesToday(String token, LocalDate today) throws Exception {
        JsonNode tasks = JSON.readTree(send("GET", "/api/tasks?from=" + today + "&to=" + today, token, null).body());
        List<String> who = new ArrayList<>();
        for (JsonNode t : tasks) {
            if ("OPEN".equals(t.get("status").asString())) {
                who.add(t.get("assigneeMemberId").isNull() ? null : t.get("assigneeMemberId").asString());
            }
        }
        return who;
    }

    private static HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(RunningStack.GATEWAY + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
