package jp.kajimaru.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jp.kajimaru.testsupport.TestApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifications across services in the running stack, through the gateway: a TaskAssigned committed by rotation-service
 * reaches notification-service over Kafka and becomes a message in the assignee's inbox (with the unread count) and an
 * e-mail, caught by the launcher's local mailbox, to the address user-service announced with MemberJoined.
 */
class NotificationsAcrossServicesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void stack() throws Exception {
        RunningStack.get();
    }

    @Test
    void aTaskAssignedInRotationBecomesAnInAppMessageAndAnEmailForTheAssignee() throws Exception {
        NotificationsFamily family = NotificationsFamily.create("Notified", "Hana", "Ken");
        // Whoever the planner picks is the assignee; a task for today is announced to them at once.
        JsonNode task = family.taskToday(null);
        String assignee = task.get("assigneeMemberId").asString();
        String chore = task.get("choreName").asString();
        TestApi inbox = family.as(assignee);

        // The in-app message: listed, unread, about this chore, and counted.
        JsonNode message = await().atMost(NotificationsFamily.WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            for (JsonNode n : inbox.get("/api/notifications").json().get("items")) {
                if ("TASK_ASSIGNED".equals(n.get("kind").asString()) && n.get("title").asString().contains(chore)) {
                    return n;
                }
            }
            return null;
        }, java.util.Objects::nonNull);
        assertThat(message.get("readAt").isNull()).isTrue();
        assertThat(message.get("body").asString()).contains(chore);
        String taskAssignedTitle = message.get("title").asString();
        assertThat(inbox.get("/api/notifications/unread-count").json().get("count").asLong()).isGreaterThanOrEqualTo(1);

        // The e-mail, to the login address from MemberJoined (nobody typed it into the notification settings).
        String mailbox = mailboxUrl();
        String to = "to " + family.emailOf(assignee);
        await().atMost(NotificationsFamily.WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(articles(mailbox)).anySatisfy(a -> assertThat(a).contains("<b>" + taskAssignedTitle + "</b>", to)));
    }

    /** The local mailbox's page, which the launcher prints at start ("Mail  http://127.0.0.1:…/"). */
    private static String mailboxUrl() throws Exception {
        return RunningStack.get().output().stream().filter(l -> l.strip().startsWith("Mail ")).map(l -> l.strip().split("\\s+")[1])
                .findFirst().orElseThrow(() -> new AssertionError("the launcher printed no mailbox URL"));
    }

    private static java.util.List<String> articles(String url) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return java.util.Arrays.stream(page.body().split("<article>")).skip(1).toList();
    }
}
