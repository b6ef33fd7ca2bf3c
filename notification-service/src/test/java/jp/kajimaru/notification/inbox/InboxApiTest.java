package jp.kajimaru.notification.inbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import jp.kajimaru.events.rotation.TaskOverdue;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.notification.support.NotificationApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The inbox over HTTP: newest first, unread filter and count, mark read, household isolation, the live stream. */
class InboxApiTest extends NotificationApiTest {

    /** The stream is read line by line as it arrives, which the shared TestApi (whole answers) does not do. */
    private final HttpClient http = HttpClient.newHttpClient();

    private final UUID household = UUID.randomUUID();
    private final Person hana = Person.of("花子", MemberRole.ADMIN);
    private final Person ken = Person.of("健", MemberRole.MEMBER);

    @BeforeEach
    void family() {
        household(household, "ja", TOKYO, List.of(hana, ken));
    }

    private void overdue(Person p, String chore) {
        deliver(new TaskOverdue(household, UUID.randomUUID(), UUID.randomUUID(), chore, LocalDate.of(2026, 11, 30), null, p.id()));
    }

    @Test
    void listsNewestFirstCountsUnreadAndMarksRead() throws Exception {
        overdue(ken, "一");
        overdue(ken, "二");
        overdue(ken, "三");
        overdue(hana, "花子の");
        String token = token(household, ken);

        JsonNode page = json(call("GET", "/api/notifications?size=2", token, null));
        assertThat(page.get("items")).extracting(n -> n.get("title").asString())
                .containsExactly("期限切れ：三", "期限切れ：二");
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("unread").asLong()).isEqualTo(3);
        JsonNode second = json(call("GET", "/api/notifications?size=2&page=1", token, null));
        assertThat(second.get("items")).extracting(n -> n.get("title").asString()).containsExactly("期限切れ：一");

        String newest = page.get("items").get(0).get("id").asString();
        HttpResponse<String> read = call("POST", "/api/notifications/" + newest + "/read", token, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).get("readAt").isNull()).isFalse();
        assertThat(json(call("GET", "/api/notifications/unread-count", token, null)).get("count").asLong()).isEqualTo(2);
        assertThat(json(call("GET", "/api/notifications?unread=true", token, null)).get("items"))
                .extracting(n -> n.get("title").asString()).containsExactly("期限切れ：二", "期限切れ：一");

        assertThat(json(call("POST", "/api/notifications/read-all", token, null)).get("updated").asInt()).isEqualTo(2);
        assertThat(json(call("GET", "/api/notifications/unread-count", token, null)).get("count").asLong()).isZero();
        // Hana's message is hers alone, still unread.
        assertThat(json(call("GET", "/api/notifications/unread-count", token(household, hana), null)).get("count").asLong())
                .isEqualTo(1);
    }

    @Test
    void anotherHouseholdsOrMembersIdsAreNotFoundAndChangeNothing() throws Exception {
        overdue(hana, "花子の");
        String hanasId = json(call("GET", "/api/notifications", token(household, hana), null)).get("items").get(0).get("id").asString();

        UUID otherHousehold = UUID.randomUUID();
        Person stranger = Person.of("他人", MemberRole.ADMIN);
        HttpResponse<String> foreign = call("POST", "/api/notifications/" + hanasId + "/read", token(otherHousehold, stranger), null);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        // Same household, other member: not theirs either.
        assertThat(call("POST", "/api/notifications/" + hanasId + "/read", token(household, ken), null).statusCode()).isEqualTo(404);
        assertThat(json(call("POST", "/api/notifications/read-all", token(otherHousehold, stranger), null)).get("updated").asInt()).isZero();
        assertThat(json(call("GET", "/api/notifications", token(otherHousehold, stranger), null)).get("total").asLong()).isZero();

        assertThat(json(call("GET", "/api/notifications/unread-count", token(household, hana), null)).get("count").asLong()).isEqualTo(1);
    }

    @Test
    void badInputIsAProblemNotAServerError() throws Exception {
        String token = token(household, ken);
        HttpResponse<String> badId = call("POST", "/api/notifications/not-a-uuid/read", token, null);
        assertThat(badId.statusCode()).isEqualTo(400);
        HttpResponse<String> badSize = call("GET", "/api/notifications?size=0", token, null);
        assertThat(badSize.statusCode()).isEqualTo(400);
        assertThat(badSize.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(call("GET", "/api/notifications?unread=maybe", token, null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/notifications", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void theStreamShowsNewMessagesLiveSendsHeartbeatsAndReplaysWhatAReconnectMissed() throws Exception {
        String token = token(household, ken);
        overdue(ken, "前から");
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> stream = open(token, null, lines);
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.startsWith("event:ready")));
        assertThat(lines).noneMatch(l -> l.contains("前から")); // a fresh stream starts after what the inbox page shows

        overdue(ken, "今");
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.contains("期限切れ：今")));
        String data = lines.stream().filter(l -> l.contains("期限切れ：今")).findFirst().orElseThrow();
        assertThat(data).contains("\"unreadCount\":2");
        String lastId = lines.stream().filter(l -> l.startsWith("id:")).reduce((a, b) -> b).orElseThrow().substring(3).strip();
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.startsWith(":heartbeat")));
        stream.body().close();

        // While disconnected, two more arrive; the reconnect with Last-Event-ID replays exactly those.
        overdue(ken, "切断中1");
        overdue(ken, "切断中2");
        List<String> again = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> reconnect = open(token, lastId, again);
        await().atMost(Duration.ofSeconds(10)).until(() -> again.stream().filter(l -> l.startsWith("data:") && l.contains("切断中")).count() == 2);
        assertThat(again).noneMatch(l -> l.contains("期限切れ：今") || l.contains("前から"));
        reconnect.body().close();

        // Another member's stream never sees Ken's messages.
        List<String> hanas = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> other = open(token(household, hana), "0", hanas);
        overdue(hana, "花子の");
        await().atMost(Duration.ofSeconds(10)).until(() -> hanas.stream().anyMatch(l -> l.contains("花子の")));
        assertThat(hanas).noneMatch(l -> l.contains("切断中") || l.contains("今"));
        other.body().close();
    }

    private HttpResponse<Stream<String>> open(String token, String lastEventId, List<String> into) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/notifications/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = http.send(b.build(), HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(into::add);
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        return response;
    }
}
