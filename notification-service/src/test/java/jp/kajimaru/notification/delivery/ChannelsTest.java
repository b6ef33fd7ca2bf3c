package jp.kajimaru.notification.delivery;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import jp.kajimaru.notification.inbox.InboxService;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jp.kajimaru.events.rotation.TaskOverdue;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.notification.support.NotificationApiTest;
import jp.kajimaru.notification.webhook.WebhookPoster;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * E-mail through a real SMTP server (GreenMail) and webhooks to a real HTTP receiver (MockWebServer) that checks the
 * HMAC signature: one delivery per message and channel however often the event comes, a failing channel retried
 * with backoff on its own and given up after the limit, preferences and the admin API with household isolation.
 */
@TestPropertySource(properties = {
        "kajimaru.notifications.delivery.poll=PT0.2S",
        "kajimaru.notifications.delivery.backoff=PT30S",
        "kajimaru.notifications.delivery.max-attempts=3"})
class ChannelsTest extends NotificationApiTest {

    private static final GreenMail SMTP;
    private static final MockWebServer RECEIVER = new MockWebServer();
    /** Status codes a path answers, in order; once used up (or for any other path) it answers 200. */
    private static final Map<String, java.util.Deque<Integer>> ANSWERS = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        try (ServerSocket free = new ServerSocket(0)) {
            SMTP = new GreenMail(new ServerSetup(free.getLocalPort(), "127.0.0.1", "smtp"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        SMTP.start();
        RECEIVER.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                java.util.Deque<Integer> codes = ANSWERS.get(request.getPath());
                Integer code = codes == null ? null : codes.poll();
                return new MockResponse().setResponseCode(code == null ? 200 : code);
            }
        });
        try {
            RECEIVER.start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getServerSetup().getPort());
    }

    @AfterAll
    static void stopServers() throws Exception {
        SMTP.stop();
        RECEIVER.shutdown();
    }

    @MockitoSpyBean InboxService inbox;
    @org.springframework.beans.factory.annotation.Autowired org.springframework.transaction.support.TransactionTemplate tx;

    private final UUID household = UUID.randomUUID();
    private final Person hana = Person.of("花子", MemberRole.ADMIN);
    private final Person ken = Person.of("健", MemberRole.MEMBER);

    @BeforeEach
    void family() throws Exception {
        household(household, "ja", TOKYO, List.of(hana, ken));
        SMTP.purgeEmailFromAllMailboxes();
        while (RECEIVER.takeRequest(10, TimeUnit.MILLISECONDS) != null) {
            // drain what an earlier test left
        }
    }

    private static boolean caught(String to, String subject) throws jakarta.mail.MessagingException {
        for (jakarta.mail.internet.MimeMessage m : SMTP.getReceivedMessages()) {
            if (jakarta.mail.internet.InternetAddress.toString(m.getAllRecipients()).contains(to) && subject.equals(m.getSubject())) {
                return true;
            }
        }
        return false;
    }

    private JsonNode webhook(String path, String format, String kinds) throws Exception {
        var response = call("POST", "/api/notifications/webhooks", token(household, hana),
                "{\"url\":\"" + RECEIVER.url(path) + "\",\"format\":\"" + format + "\",\"kinds\":" + kinds + "}");
        assertThat(response.statusCode()).isEqualTo(201);
        return json(response);
    }

    private void email(Person p, String address) throws Exception {
        assertThat(call("PUT", "/api/notifications/preferences", token(household, p),
                "{\"email\":\"" + address + "\",\"channels\":{}}").statusCode()).isEqualTo(200);
    }

    private Message<byte[]> overdue(Person p, String chore) {
        return record(new TaskOverdue(household, UUID.randomUUID(), UUID.randomUUID(), chore, LocalDate.of(2026, 11, 30), null, p.id()));
    }

    private List<Map<String, Object>> deliveries() {
        return jdbc.queryForList("SELECT channel, target, status, attempts, last_error FROM deliveries WHERE household_id = ? AND channel <> 'IN_APP' ORDER BY channel",
                household.toString());
    }

    @Test
    void theSameEventTwiceMakesOneMessageOneEmailAndOneSignedWebhookCall() throws Exception {
        JsonNode signed = webhook("/signed", "signed-json", "[\"TASK_OVERDUE\"]");
        String secret = signed.get("secret").asString();
        assertThat(secret).hasSize(64);
        JsonNode listed = json(call("GET", "/api/notifications/webhooks", token(household, hana), null));
        assertThat(listed.get(0).has("secret")).isFalse();
        assertThat(listed.toString()).doesNotContain(secret);
        webhook("/slack", "slack", "[\"ROSTER_PUBLISHED\"]"); // wants another kind: never called here
        email(ken, "ken@example.jp");

        Message<byte[]> event = overdue(ken, "ゴミ出し");
        deliver(event);
        deliver(event);

        await().atMost(Duration.ofSeconds(15)).until(() -> SMTP.getReceivedMessages().length >= 1
                && deliveries().stream().allMatch(d -> "SENT".equals(d.get("status"))) && deliveries().size() == 2);
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ken@example.jp");
        assertThat(mail.getSubject()).isEqualTo("期限切れ：ゴミ出し");
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
        assertThat(mail.getContentType()).startsWith("text/plain");

        RecordedRequest post = take("/signed");
        String body = post.getBody().readUtf8();
        String timestamp = post.getHeader("X-Kajimaru-Timestamp");
        assertThat(timestamp).isEqualTo(Long.toString(clock().instant().getEpochSecond()));
        assertThat(post.getHeader("X-Kajimaru-Signature")).isEqualTo("sha256=" + WebhookPoster.sign(secret, timestamp + "." + body));
        assertThat(post.getHeader("X-Kajimaru-Signature")).isNotEqualTo("sha256=" + WebhookPoster.sign("wrong", timestamp + "." + body));
        assertThat(JSON.readTree(body).get("title").asString()).isEqualTo("期限切れ：ゴミ出し");
        assertThat(JSON.readTree(body).get("memberName").asString()).isEqualTo("健");

        // A third copy after the deliveries went out still changes nothing.
        deliver(event);
        assertThat(count(ken.id())).isEqualTo(1);
        assertThat(deliveries()).hasSize(2);
        assertThat(takeOrNull("/signed", 500)).isNull();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aFailingWebhookIsRetriedWithBackoffAloneAndGivenUpAfterTheLimit() throws Exception {
        webhook("/flaky", "slack", "[\"TASK_OVERDUE\"]");
        email(hana, "hana@example.jp");
        ANSWERS.put("/flaky", new java.util.concurrent.ConcurrentLinkedDeque<>(List.of(500)));
        deliver(overdue(hana, "洗濯"));

        // The e-mail goes out although the webhook fails.
        await().atMost(Duration.ofSeconds(15)).until(() -> SMTP.getReceivedMessages().length == 1);
        await().atMost(Duration.ofSeconds(15)).until(() -> deliveries().stream()
                .anyMatch(d -> "WEBHOOK".equals(d.get("channel")) && ((Number) d.get("attempts")).intValue() == 1));
        Map<String, Object> failed = deliveries().stream().filter(d -> "WEBHOOK".equals(d.get("channel"))).findFirst().orElseThrow();
        assertThat(failed).containsEntry("status", "PENDING").containsEntry("last_error", "HTTP 500");
        RecordedRequest first = take("/flaky");
        assertThat(JSON.readTree(first.getBody().readUtf8()).get("text").asString()).startsWith("*期限切れ：洗濯*\n");

        // Not before the backoff (30 s by the clock) ...
        clock().advance(Duration.ofSeconds(29));
        assertThat(takeOrNull("/flaky", 600)).isNull();
        // ... then again, and it arrives.
        clock().advance(Duration.ofSeconds(1));
        await().atMost(Duration.ofSeconds(15)).until(() -> deliveries().stream()
                .anyMatch(d -> "WEBHOOK".equals(d.get("channel")) && "SENT".equals(d.get("status"))));
        assertThat(take("/flaky")).isNotNull();

        // A receiver that is gone: three attempts (30 s, then 60 s apart), then given up and shown to admins.
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        assertThat(call("POST", "/api/notifications/webhooks", token(household, hana),
                "{\"url\":\"http://127.0.0.1:" + closedPort + "/gone\",\"format\":\"slack\",\"kinds\":[\"STOCK_LOW\"]}").statusCode())
                .isEqualTo(201);
        deliver(new jp.kajimaru.events.inventory.StockBelowMinimum(household, UUID.randomUUID(), "牛乳",
                java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(2), "本", null));
        await().atMost(Duration.ofSeconds(15)).until(() -> attemptsOf("STOCK_LOW") == 1);
        clock().advance(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(15)).until(() -> attemptsOf("STOCK_LOW") == 2);
        clock().advance(Duration.ofSeconds(59));
        assertThat(attemptsOf("STOCK_LOW")).isEqualTo(2);
        clock().advance(Duration.ofSeconds(1));
        await().atMost(Duration.ofSeconds(15)).until(() -> attemptsOf("STOCK_LOW") == 3);
        JsonNode log = json(call("GET", "/api/notifications/deliveries", token(household, hana), null));
        JsonNode gaveUp = null;
        for (JsonNode d : log) {
            if ("STOCK_LOW".equals(d.get("kind").asString()) && "WEBHOOK".equals(d.get("channel").asString())) {
                gaveUp = d;
            }
        }
        assertThat(gaveUp).isNotNull();
        assertThat(gaveUp.get("status").asString()).isEqualTo("GAVE_UP");
        assertThat(gaveUp.get("attempts").asInt()).isEqualTo(3);
        assertThat(call("GET", "/api/notifications/deliveries", token(household, ken), null).statusCode()).isEqualTo(403);
    }

    @Test
    void theInboxIsAChannelThatFailsAloneAndIsRetriedWhileTheEmailGoesOut() throws Exception {
        email(ken, "ken@example.jp");
        // Stubbed through the transactional proxy, which wants the caller's transaction like the channel brings one.
        tx.executeWithoutResult(s -> doThrow(new IllegalStateException("inbox down")).doCallRealMethod().when(inbox).list(any()));
        deliver(overdue(ken, "窓拭き"));

        await().atMost(Duration.ofSeconds(15)).until(() -> SMTP.getReceivedMessages().length == 1);
        Map<String, Object> inApp = jdbc.queryForMap(
                "SELECT status, attempts, last_error, target FROM deliveries WHERE household_id = ? AND channel = 'IN_APP'",
                household.toString());
        assertThat(inApp).containsEntry("status", "PENDING").containsEntry("last_error", "inbox down")
                .containsEntry("target", ken.id().toString());
        assertThat(((Number) inApp.get("attempts")).intValue()).isEqualTo(1);
        assertThat(unread(ken)).isZero();

        // Retried after the backoff, like any channel: then the message is listed.
        clock().advance(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(15)).until(() -> unread(ken) == 1);
        assertThat(jdbc.queryForObject("SELECT status FROM deliveries WHERE household_id = ? AND channel = 'IN_APP'",
                String.class, household.toString())).isEqualTo("SENT");
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    private long unread(Person p) throws Exception {
        return json(call("GET", "/api/notifications/unread-count", token(household, p), null)).get("count").asLong();
    }

    private static RecordedRequest take(String path) throws InterruptedException {
        RecordedRequest r = takeOrNull(path, 5000);
        assertThat(r).as("a request to " + path).isNotNull();
        return r;
    }

    /** The next request to {@code path} within the time (requests to other paths are skipped). */
    private static RecordedRequest takeOrNull(String path, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            RecordedRequest r = RECEIVER.takeRequest(Math.max(1, (end - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (r != null && path.equals(r.getPath())) {
                return r;
            }
        }
        return null;
    }

    private int attemptsOf(String kind) {
        return jdbc.queryForList("SELECT attempts FROM deliveries WHERE household_id = ? AND kind = ? AND channel = 'WEBHOOK'",
                Integer.class, household.toString(), kind).stream().findFirst().orElse(0);
    }

    @Test
    void preferencesChooseTheChannelsPerKindAndWeatherIsOptIn() throws Exception {
        JsonNode defaults = json(call("GET", "/api/notifications/preferences", token(household, ken), null));
        assertThat(defaults.get("channels").get("WEATHER").get("IN_APP").asBoolean()).isFalse();
        assertThat(defaults.get("channels").get("TASK_OVERDUE").get("IN_APP").asBoolean()).isTrue();
        assertThat(defaults.get("email").isNull()).isTrue();

        var put = call("PUT", "/api/notifications/preferences", token(household, ken),
                "{\"email\":\"ken@example.jp\",\"channels\":{\"TASK_OVERDUE\":{\"IN_APP\":false},\"WEATHER\":{\"IN_APP\":true}}}");
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(json(put).get("channels").get("TASK_OVERDUE").get("EMAIL").asBoolean()).isTrue();

        deliver(overdue(ken, "皿洗い"));
        deliver(new jp.kajimaru.events.weather.WeatherRecommendationIssued(household, LocalDate.of(2026, 12, 1), "laundry",
                "洗濯日和です。", 0, 14, 5));
        await().atMost(Duration.ofSeconds(15)).until(() -> SMTP.getReceivedMessages().length == 1);
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).isEqualTo("期限切れ：皿洗い");
        JsonNode inbox = json(call("GET", "/api/notifications", token(household, ken), null));
        assertThat(inbox.get("items")).extracting(n -> n.get("kind").asString()).containsExactly("WEATHER");
        // Hana kept the defaults: no weather for her.
        assertThat(json(call("GET", "/api/notifications", token(household, hana), null)).get("total").asLong()).isZero();

        assertThat(call("PUT", "/api/notifications/preferences", token(household, ken),
                "{\"email\":\"not an address\",\"channels\":{}}").statusCode()).isEqualTo(400);
        var badKind = call("PUT", "/api/notifications/preferences", token(household, ken),
                "{\"channels\":{\"NOPE\":{\"EMAIL\":true}}}");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(badKind.body()).contains("channels");
    }

    @Test
    void quietHoursHoldTheEmailUntilTheyEndWhileTheInboxHasItAtOnce() throws Exception {
        var put = call("PUT", "/api/notifications/preferences", token(household, ken),
                "{\"email\":\"ken@example.jp\",\"channels\":{},\"quietFrom\":\"22:00\",\"quietUntil\":\"07:00\"}");
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(json(put).get("quietFrom").asString()).startsWith("22:00");
        assertThat(call("PUT", "/api/notifications/preferences", token(household, ken),
                "{\"channels\":{},\"quietFrom\":\"22:00\"}").statusCode()).isEqualTo(400);

        clock().setLocal(java.time.LocalDateTime.of(2026, 11, 30, 23, 0), TOKYO);
        deliver(overdue(ken, "夜の片付け"));
        assertThat(json(call("GET", "/api/notifications/unread-count", token(household, ken), null)).get("count").asLong()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM deliveries WHERE household_id = ? AND channel = 'EMAIL'", String.class,
                household.toString())).isEqualTo("PENDING");
        java.time.Instant releasedAt = jdbc.queryForObject("SELECT next_attempt_at FROM deliveries WHERE household_id = ? AND channel = 'EMAIL'",
                (rs, i) -> rs.getTimestamp(1).toInstant(), household.toString());
        assertThat(releasedAt).isEqualTo(java.time.Instant.parse("2026-11-30T22:00:00Z")); // 07:00 in Tokyo
        clock().setLocal(java.time.LocalDateTime.of(2026, 12, 1, 6, 59), TOKYO);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM deliveries WHERE household_id = ? AND channel = 'EMAIL' AND status = 'SENT'", Integer.class,
                household.toString())).isZero();
        clock().setLocal(java.time.LocalDateTime.of(2026, 12, 1, 7, 0), TOKYO);
        // Moving the shared clock on also releases what earlier tests' households held (their own quiet hours,
        // digests): look for Ken's message among whatever else the one SMTP server catches.
        await().atMost(Duration.ofSeconds(15)).until(() -> caught("ken@example.jp", "期限切れ：夜の片付け"));
    }

    @Test
    void webhooksAreForAdminsOfTheirOwnHousehold() throws Exception {
        assertThat(call("POST", "/api/notifications/webhooks", token(household, ken),
                "{\"url\":\"https://example.jp/hook\",\"format\":\"slack\",\"kinds\":[]}").statusCode()).isEqualTo(403);
        var badUrl = call("POST", "/api/notifications/webhooks", token(household, hana),
                "{\"url\":\"ftp://example.jp/hook\",\"format\":\"slack\",\"kinds\":[]}");
        assertThat(badUrl.statusCode()).isEqualTo(400);
        assertThat(badUrl.body()).contains("url");
        assertThat(call("POST", "/api/notifications/webhooks", token(household, hana),
                "{\"url\":\"https://example.jp/hook\",\"format\":\"xml\",\"kinds\":[]}").statusCode()).isEqualTo(400);
        assertThat(call("POST", "/api/notifications/webhooks", token(household, hana),
                "{\"url\":\"https://example.jp/hook\",\"format\":\"slack\",\"kinds\":[\"NOPE\"]}").statusCode()).isEqualTo(400);

        JsonNode hook = webhook("/test", "signed-json", "[\"WEATHER\"]");
        String id = hook.get("id").asString();
        ANSWERS.put("/test", new java.util.concurrent.ConcurrentLinkedDeque<>(List.of(204)));
        JsonNode tested = json(call("POST", "/api/notifications/webhooks/" + id + "/test", token(household, hana), null));
        assertThat(tested.get("delivered").asBoolean()).isTrue();
        RecordedRequest test = take("/test");
        String ts = test.getHeader("X-Kajimaru-Timestamp");
        assertThat(test.getHeader("X-Kajimaru-Signature"))
                .isEqualTo("sha256=" + WebhookPoster.sign(hook.get("secret").asString(), ts + "." + test.getBody().readUtf8()));

        JsonNode rotated = json(call("POST", "/api/notifications/webhooks/" + id + "/rotate-secret", token(household, hana), null));
        assertThat(rotated.get("secret").asString()).hasSize(64).isNotEqualTo(hook.get("secret").asString());

        UUID other = UUID.randomUUID();
        Person stranger = Person.of("他人", MemberRole.ADMIN);
        assertThat(call("DELETE", "/api/notifications/webhooks/" + id, token(other, stranger), null).statusCode()).isEqualTo(404);
        assertThat(call("POST", "/api/notifications/webhooks/" + id + "/test", token(other, stranger), null).statusCode()).isEqualTo(404);
        assertThat(json(call("GET", "/api/notifications/webhooks", token(other, stranger), null))).isEmpty();
        assertThat(json(call("GET", "/api/notifications/webhooks", token(household, hana), null))).hasSize(1);

        assertThat(call("DELETE", "/api/notifications/webhooks/" + id, token(household, hana), null).statusCode()).isEqualTo(204);
        assertThat(json(call("GET", "/api/notifications/webhooks", token(household, hana), null))).isEmpty();
    }
}
