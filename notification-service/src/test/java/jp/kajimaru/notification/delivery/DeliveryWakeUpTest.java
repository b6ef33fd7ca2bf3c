package jp.kajimaru.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jp.kajimaru.events.rotation.TaskOverdue;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.notification.support.NotificationApiTest;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The delivery schedule's poll is an hour away here: a webhook due now still goes out as soon as its message is
 * committed (the commit wakes the schedule), not on the next poll.
 */
@TestPropertySource(properties = "kajimaru.notifications.delivery.poll=PT1H")
class DeliveryWakeUpTest extends NotificationApiTest {

    private static final MockWebServer RECEIVER = new MockWebServer();

    @BeforeAll
    static void startReceiver() throws IOException {
        RECEIVER.start();
    }

    @AfterAll
    static void stopReceiver() throws IOException {
        RECEIVER.shutdown();
    }

    @Test
    void aWebhookDueNowGoesOutWhenItsMessageIsCommittedNotOnTheNextPoll() throws Exception {
        UUID household = UUID.randomUUID();
        Person hana = Person.of("花子", MemberRole.ADMIN);
        household(household, "ja", TOKYO, List.of(hana));
        assertThat(call("POST", "/api/notifications/webhooks", token(household, hana), "{\"url\":\"" + RECEIVER.url("/due")
                + "\",\"format\":\"signed-json\",\"kinds\":[\"TASK_OVERDUE\"]}").statusCode()).isEqualTo(201);

        deliver(new TaskOverdue(household, UUID.randomUUID(), UUID.randomUUID(), "ゴミ出し", LocalDate.of(2026, 11, 30), null,
                hana.id()));

        RecordedRequest post = RECEIVER.takeRequest(15, TimeUnit.SECONDS);
        assertThat(post).as("the webhook's call, with the next poll an hour away").isNotNull();
        assertThat(post.getPath()).isEqualTo("/due");
        assertThat(post.getBody().readUtf8()).contains("ゴミ出し");
    }
}
