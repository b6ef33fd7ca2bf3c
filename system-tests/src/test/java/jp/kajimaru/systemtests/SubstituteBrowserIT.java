package jp.kajimaru.systemtests;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.systemtests.DashboardWaits.TasksCheck;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static jp.kajimaru.systemtests.DashboardWaits.awaitNoModal;
import static jp.kajimaru.systemtests.DashboardWaits.awaitTasksQuietly;
import static jp.kajimaru.systemtests.DashboardWaits.isOpenFor;
import static jp.kajimaru.systemtests.DashboardWaits.settled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The substitute board (代役) in two real browsers against the whole stack: the admin asks for a substitute for
 * one of her open tasks today, the second member sees the request on his dashboard and takes it over with one
 * tap, after which both see him as that task's assignee, and the admin's history shows the request accepted.
 */
class SubstituteBrowserIT extends TwoBrowsers {

    static final String PASSWORD = "correct horse battery";
    static final String ADMIN = "Kana";
    static final String SECOND = "Jiro";
    static final Duration ROSTER = Duration.ofSeconds(60);


    @Test
    void aMemberTakesOverATaskTheAdminAskedASubstituteFor() {
        Browser a = admin;
        a.go("/");
        a.signUp("Sasaki", ADMIN, uniqueEmail(), PASSWORD);
        a.visible("dashboard");
        awaitTasks(a, "today-tasks", tasks -> !tasks.isEmpty());

        // The admin adds Jiro with an own login.
        String email = uniqueEmail();
        a.clickInView("nav-members");
        a.clickInView("member-add");
        a.type("displayName", SECOND);
        a.select("role", "MEMBER");
        a.clickInView("own-login-toggle");
        a.type("email", email);
        a.type("password", PASSWORD);
        a.clickInView("member-save");
        String jiro = a.visible(By.cssSelector("[data-testid='member-row'][data-name='" + SECOND + "']")).getAttribute("data-member-id");
        assertThat(jiro).isNotBlank();

        // Regenerate until both have open tasks today.
        a.clickInView("nav-dashboard");
        a.visible("dashboard");
        boolean bothHaveTasks = false;
        for (int attempt = 0; attempt < 3 && !bothHaveTasks; attempt++) {
            a.clickInView("dashboard-regenerate");
            a.visible("dialog");
            a.clickInView("dialog-ok");
            a.visible("toast-regenerated");
            awaitNoModal(a);
            bothHaveTasks = awaitTasksQuietly(a, "today-tasks", Duration.ofSeconds(20),
                    tasks -> tasks.stream().anyMatch(t -> isOpenFor(t, jiro)) && tasks.stream().anyMatch(t -> isOpenNotFor(t, jiro)));
        }
        assertThat(bothHaveTasks).as("both members hold open tasks today").isTrue();
        awaitTasks(a, "my-tasks", tasks -> tasks.stream().anyMatch(t -> !t.findElements(Browser.testId("task-ask-substitute")).isEmpty()));

        // Jiro logs in in browser B.
        Browser b = second;
        b.go("/");
        b.clickInView("start-login");
        b.type("email", email);
        b.type("password", PASSWORD);
        b.clickInView("login-submit");
        b.waiting(Browser.WAIT).until(ExpectedConditions.textToBe(Browser.testId("nav-user"), SECOND));
        b.visible("dashboard");

        // A asks for a substitute for one of her open tasks, with a note.
        String taskId = settled(a).until(d -> {
            WebElement button = d.findElements(By.cssSelector(
                    "[data-testid='my-tasks'] [data-testid='task'][data-status='OPEN'] [data-testid='task-ask-substitute']"))
                    .stream().findFirst().orElse(null);
            if (button == null) {
                return null;
            }
            String id = button.findElement(By.xpath("./ancestor::li[@data-testid='task']")).getAttribute("data-task-id");
            a.clickInView(button);
            return id;
        });
        a.visible("dialog");
        a.type("note", "meeting");
        a.screenshot("substitute-01-ask");
        a.clickInView("dialog-ok");
        a.visible("toast-substitute-asked");
        awaitNoModal(a);
        String request = "[data-testid='substitute-board'] [data-testid='substitute-request'][data-task-id='" + taskId + "']";
        a.visible(By.cssSelector(request));
        settled(a).until(d -> {
            WebElement own = d.findElement(By.cssSelector(request));
            assertThat(own.findElements(Browser.testId("substitute-withdraw"))).as("the requester may withdraw").hasSize(1);
            assertThat(own.findElements(Browser.testId("substitute-accept"))).as("the requester cannot accept").isEmpty();
            return true;
        });

        // B reloads and finds the request on the board, with the note, and takes it over.
        b.driver.navigate().refresh();
        b.visible("dashboard");
        b.visible(By.cssSelector(request));
        b.screenshot("substitute-02-board");
        settled(b).until(d -> {
            WebElement offered = d.findElement(By.cssSelector(request));
            assertThat(offered.findElement(Browser.testId("substitute-note")).getText()).isEqualTo("meeting");
            assertThat(offered.findElement(Browser.testId("substitute-requester")).getText()).contains(ADMIN);
            b.clickInView(offered.findElement(Browser.testId("substitute-accept")));
            return true;
        });
        b.visible("toast-substitute-accepted");

        // Both see Jiro as that task's assignee.
        for (Browser browser : List.of(b, a)) {
            browser.driver.navigate().refresh();
            browser.visible("dashboard");
            awaitTasks(browser, "today-tasks", tasks -> tasks.stream().anyMatch(t -> taskId.equals(t.getAttribute("data-task-id"))
                    && jiro.equals(t.getAttribute("data-assignee-id"))
                    && SECOND.equals(t.findElement(Browser.testId("task-assignee")).getText().trim())));
            assertThat(browser.all("substitute-request")).as("the request left the board").isEmpty();
        }
        a.screenshot("substitute-03-taken-over");

        // A's history shows the request as accepted by Jiro.
        a.clickInView("nav-substitutes");
        a.visible("substitutes");
        WebElement row = a.visible(By.cssSelector("[data-testid='substitute-row'][data-task-id='" + taskId + "']"));
        assertThat(row.getAttribute("data-status")).isEqualTo("ACCEPTED");
        assertThat(row.findElement(Browser.testId("substitute-row-status")).getText()).isEqualTo("引き受け済み");
        assertThat(row.findElement(Browser.testId("substitute-row-substitute")).getText()).contains(SECOND);
        a.screenshot("substitute-04-history");
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static void awaitTasks(Browser browser, String list, TasksCheck check) {
        assertThat(awaitTasksQuietly(browser, list, ROSTER, check)).as("%s as expected within %s", list, ROSTER).isTrue();
    }


    private static boolean isOpenNotFor(WebElement task, String memberId) {
        String assignee = task.getAttribute("data-assignee-id");
        return "OPEN".equals(task.getAttribute("data-status")) && assignee != null && !assignee.isEmpty() && !memberId.equals(assignee);
    }

    private static String uniqueEmail() {
        return "substitute-" + UUID.randomUUID() + "@example.com";
    }
}
