package jp.kajimaru.messaging.deadletter;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jp.kajimaru.events.EventJson;
import jp.kajimaru.events.Topics;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.messaging.testapp.MessagingTestApplication;
import jp.kajimaru.messaging.testapp.MessagingTestApplication.HandlerFix;
import jp.kajimaru.messaging.testapp.TestRecords;
import jp.kajimaru.testsupport.RealInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The poison-event fault (issue #15) over a real broker and MariaDB: a valid envelope whose payload the handler
 * rejects is dead-lettered, the partition moves on, the operator endpoint lists it, and once the handler is fixed a
 * replay applies it exactly once; a second replay is refused and applies nothing.
 */
@SpringBootTest(classes = MessagingTestApplication.class, properties = "kajimaru.outbox.relay=none")
@RealInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class PoisonEventReplayTest {

    static final String TOPIC = "kajimaru.inboxtest.events";
    static final Duration WAIT = Duration.ofSeconds(60);
    /** The level of a log line, in the console's format or in JSON. */
    static final Pattern ERROR = Pattern.compile("\\bERROR\\b");

    @Autowired JdbcTemplate jdbc;
    @Autowired EventJson json;
    @Autowired DeadLettersEndpoint endpoint;
    @Autowired HandlerFix handlerFix;

    private final KafkaProducer<byte[], byte[]> producer = TestRecords.producer();

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void aPoisonEventIsDeadLetteredListedAndReplayedExactlyOnceAfterTheFix(CapturedOutput output) throws Exception {
        UUID household = UUID.randomUUID();
        UUID poison = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        // Same household, so the same key and partition: the good event waits behind the poison one.
        RecordMetadata poisonAt = send(poison, household, MessagingTestApplication.REJECTED_UNTIL_FIXED);
        send(next, household, "next");

        await().atMost(WAIT).until(() -> effects(next) == 1);
        DeadLetter letter = await().atMost(WAIT).until(() -> listed(poison), l -> l != null);
        assertThat(effects(poison)).isZero();
        assertThat(letter.topic()).isEqualTo(TOPIC);
        assertThat(letter.deadLetterTopic()).isEqualTo(Topics.dlq(TOPIC));
        assertThat(letter.eventType()).isEqualTo("MemberJoined");
        assertThat(letter.eventVersion()).isEqualTo("1");
        assertThat(letter.householdId()).isEqualTo(household.toString());
        assertThat(letter.exception()).contains("display name not accepted");
        assertThat(letter.replayed()).isFalse();
        // An expected, handled dead letter is one operator WARN saying which event, where from and why; no ERROR
        // (ADR 0012: Spring Integration's error logger logged one with a stack trace, which failed the system tests).
        List<String> logged = await().atMost(WAIT).until(() -> linesAbout(output, poison), l -> !l.isEmpty());
        assertThat(logged).hasSize(1);
        assertThat(logged.get(0)).contains("WARN", "MemberJoined",
                TOPIC + " " + poisonAt.partition() + "-" + poisonAt.offset(), Topics.dlq(TOPIC), "display name not accepted");
        assertThat(output.getAll().lines()).as("ERROR lines about the dead letter").noneMatch(l -> ERROR.matcher(l).find()
                && (l.contains(TOPIC) || l.contains(poison.toString()) || l.contains("LoggingHandler")));

        handlerFix.fix();
        WebEndpointResponse<Object> first = endpoint.replay(SecurityContext.NONE, TOPIC, letter.id());
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(((DeadLetterReplayer.Result) first.getBody()).outcome()).isEqualTo(DeadLetterReplayer.Outcome.REPLAYED);
        await().atMost(WAIT).until(() -> effects(poison) == 1);
        assertThat(listed(poison).replayed()).isTrue();

        // Again, by the dead-letter topic's name this time: refused, and replay-all leaves it alone too.
        WebEndpointResponse<Object> second = endpoint.replay(SecurityContext.NONE, Topics.dlq(TOPIC), letter.id());
        assertThat(second.getStatus()).isEqualTo(409);
        assertThat(((DeadLetterReplayer.Result) second.getBody()).outcome())
                .isEqualTo(DeadLetterReplayer.Outcome.ALREADY_REPLAYED);
        @SuppressWarnings("unchecked")
        List<DeadLetterReplayer.Result> all = (List<DeadLetterReplayer.Result>)
                ((Map<String, Object>) endpoint.replayAll(SecurityContext.NONE).getBody()).get("results");
        assertThat(all).noneMatch(r -> letter.id().equals(r.id()));

        // A later event on the same partition has been applied, so anything replayed before it has been too.
        UUID marker = UUID.randomUUID();
        send(marker, household, "after the replays");
        await().atMost(WAIT).until(() -> effects(marker) == 1);
        assertThat(effects(poison)).isEqualTo(1);
        assertThat(effects(next)).isEqualTo(1);
    }

    @Test
    void aDeadLetterThatIsNotThereIsNotFoundAndATopicThisServiceDoesNotConsumeIsRefused() {
        assertThat(endpoint.replay(SecurityContext.NONE, TOPIC, "0-999999999").getStatus()).isEqualTo(404);
        assertThat(endpoint.replay(SecurityContext.NONE, "kajimaru.other.events", "0-1").getStatus()).isEqualTo(404);
        assertThat(endpoint.replay(SecurityContext.NONE, TOPIC, "twelve").getStatus()).isEqualTo(400);
    }

    @Test
    void aCallerWithAUserIsRefused() {
        SecurityContext user = new SecurityContext() {
            @Override
            public java.security.Principal getPrincipal() {
                return () -> "someone@example.com";
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }
        };
        assertThat(endpoint.list(user).getStatus()).isEqualTo(403);
        assertThat(endpoint.replayAll(user).getStatus()).isEqualTo(403);
        assertThat(endpoint.replay(user, TOPIC, "0-0").getStatus()).isEqualTo(403);
    }

    @SuppressWarnings("unchecked")
    private DeadLetter listed(UUID eventId) {
        Map<String, Object> body = (Map<String, Object>) endpoint.list(SecurityContext.NONE).getBody();
        return ((List<DeadLetter>) body.get("deadLetters")).stream()
                .filter(l -> eventId.toString().equals(l.eventId())).findFirst().orElse(null);
    }

    /** {@link DeadLetterLog}'s lines about this event. */
    private static List<String> linesAbout(CapturedOutput output, UUID eventId) {
        return output.getAll().lines().filter(l -> l.contains(eventId.toString()))
                .filter(l -> l.contains(DeadLetterLog.class.getSimpleName())).toList();
    }

    private int effects(UUID eventId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM effects WHERE event_id = ?", Integer.class, eventId.toString());
    }

    private RecordMetadata send(UUID eventId, UUID household, String name) throws Exception {
        byte[] payload = json.write(new MemberJoined(household, UUID.randomUUID(), name, null, MemberRole.MEMBER, false,
                "default", "#000000"));
        return producer.send(TestRecords.record(TOPIC, eventId, household, "MemberJoined", "1", payload)).get();
    }
}
