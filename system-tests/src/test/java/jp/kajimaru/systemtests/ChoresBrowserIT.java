package jp.kajimaru.systemtests;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.systemtests.DashboardWaits.TasksCheck;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static jp.kajimaru.systemtests.DashboardWaits.awaitNoModal;
import static jp.kajimaru.systemtests.DashboardWaits.awaitTasksQuietly;
import static jp.kajimaru.systemtests.DashboardWaits.isOpenFor;
import static jp.kajimaru.systemtests.DashboardWaits.settled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Chores, the fair rotation and the dashboard in real browsers against the whole stack: the admin's home is
 * today's roster; a chore added by the admin shows up there; completing a task raises the family's completion
 * and Undo takes it back; a second member who marks themself busy for today loses every open task of today.
 * Steps build on each other and run in order; a later step is skipped when an earlier one failed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChoresBrowserIT extends TwoBrowsers {

    static final String PASSWORD = "correct horse battery";
    static final String ADMIN = "Kana";
    static final String SECOND = "Jiro";
    static final String NEW_CHORE = "Window cleaning";
    static final Duration ROSTER = Duration.ofSeconds(60);

    static boolean dashboardReady;

    @Test
    @Order(1)
    void theAdminsHomeIsTheDashboardANewChoreJoinsTheRosterAndCompletingATaskCanBeUndone() {
        Browser a = admin;
        a.go("/");
        a.signUp("Kobayashi", ADMIN, uniqueEmail(), PASSWORD);

        // Home after sign-up is the dashboard; the default chores' tasks arrive over Kafka.
        a.visible("dashboard");
        assertThat(a.text("page-title")).isEqualTo("今日の家事");
        awaitTodayTasks(a, tasks -> !tasks.isEmpty());
        assertThat(a.displayed("completion-today")).isTrue();
        assertThat(a.displayed("period-table")).isTrue();
        assertThat(a.driver.findElements(By.cssSelector("[data-testid='period-table'] th.period-today"))).hasSize(1);
        a.screenshot("chores-01-dashboard");

        // "Why me?" explains the assignment in a modal.
        clickFirst(a, "[data-testid='today-tasks'] [data-testid='task-why']");
        a.visible("why-dialog");
        a.waiting(Browser.WAIT).until(d -> !d.findElements(Browser.testId("why-assignee")).isEmpty()
                || !d.findElements(Browser.testId("why-error")).isEmpty());
        a.screenshot("chores-02-why");
        a.clickInView("why-dialog-close");
        awaitNoModal(a);

        // The admin adds "Window cleaning", every day, weight 2.
        a.clickInView("nav-chores");
        a.clickInView("chore-add");
        a.type("name", NEW_CHORE);
        a.select("weight", "2");
        a.select("schedule.kind", "INTERVAL");
        a.type("schedule.everyNDays", "1");
        a.clickInView("chore-save");
        a.visible(By.cssSelector("[data-testid='chore'][data-name='" + NEW_CHORE + "']"));
        a.screenshot("chores-03-chores");

        // It appears on the dashboard (the roster is re-planned over Kafka; regenerate if it takes too long).
        a.clickInView("nav-dashboard");
        a.visible("dashboard");
        if (!awaitTodayTasksQuietly(a, Duration.ofSeconds(20), ChoresBrowserIT::hasNewChore)) {
            a.clickInView("dashboard-regenerate");
            a.visible("dialog");
            a.clickInView("dialog-ok");
            a.visible("toast-regenerated");
            awaitNoModal(a);
        }
        awaitTodayTasks(a, ChoresBrowserIT::hasNewChore);

        // One tap completes a task; the family's completion today goes up; Undo brings it back.
        int before = completionToday(a);
        String taskId = settled(a).until(d -> {
            WebElement button = d.findElements(By.cssSelector("[data-testid='today-tasks'] [data-testid='task'][data-status='OPEN'] [data-testid='task-complete']"))
                    .stream().findFirst().orElse(null);
            if (button == null) {
                return null;
            }
            String id = button.findElement(By.xpath("./ancestor::li[@data-testid='task']")).getAttribute("data-task-id");
            a.clickInView(button);
            return id;
        });
        settled(a).until(d -> completionToday(a) > before && "DONE".equals(taskStatus(a, taskId)));
        a.screenshot("chores-04-done");
        a.clickInView("toast-action");
        settled(a).until(d -> "OPEN".equals(taskStatus(a, taskId)) && completionToday(a) == before);
        dashboardReady = true;
    }

    @Test
    @Order(2)
    void aMemberWhoIsBusyTodayGetsNoneOfTodaysOpenTasks() {
        assumeTrue(dashboardReady, "needs the household and dashboard from step 1");
        Browser a = admin;
        String email = uniqueEmail();

        // The admin adds Jiro with an own login.
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

        // Re-plan so that Jiro takes his share of today, then check he holds at least one open task.
        a.clickInView("nav-dashboard");
        a.visible("dashboard");
        a.clickInView("dashboard-regenerate");
        a.visible("dialog");
        a.clickInView("dialog-ok");
        a.visible("toast-regenerated");
        awaitNoModal(a);
        awaitTodayTasks(a, tasks -> tasks.stream().anyMatch(t -> isOpenFor(t, jiro)));
        a.screenshot("chores-05-jiro-has-tasks");

        // Jiro logs in in browser B, lands on his dashboard and marks himself busy for today on his page.
        Browser b = second;
        b.go("/");
        b.clickInView("start-login");
        b.type("email", email);
        b.type("password", PASSWORD);
        b.clickInView("login-submit");
        b.waiting(Browser.WAIT).until(ExpectedConditions.textToBe(Browser.testId("nav-user"), SECOND));
        b.visible("dashboard");
        assertThat(b.displayed("dashboard-regenerate")).as("only admins regenerate").isFalse();
        b.clickInView("nav-me");
        b.clickInView("busy-today");
        b.waiting(Browser.WAIT).until(ExpectedConditions.attributeToBe(Browser.testId("busy-toggle"), "checked", "true"));
        assertThat(b.text("busy-summary")).startsWith("忙しい期間：").contains("〜");
        b.screenshot("chores-06-busy");

        // After reloading, none of today's open tasks is Jiro's.
        a.driver.navigate().refresh();
        a.visible("dashboard");
        awaitTodayTasks(a, tasks -> !tasks.isEmpty() && tasks.stream().noneMatch(t -> isOpenFor(t, jiro)));
        a.screenshot("chores-07-jiro-busy");
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** Waits up to a minute for today's roster to satisfy the check, pressing Refresh / Retry while it does not. */
    private static void awaitTodayTasks(Browser browser, TasksCheck check) {
        assertThat(awaitTodayTasksQuietly(browser, ROSTER, check)).as("today's roster as expected within %s", ROSTER).isTrue();
    }

    private static boolean awaitTodayTasksQuietly(Browser browser, Duration timeout, TasksCheck check) {
        return awaitTasksQuietly(browser, "today-tasks", timeout, check);
    }

    private static boolean hasNewChore(List<WebElement> tasks) {
        return tasks.stream().anyMatch(t -> NEW_CHORE.equals(t.getAttribute("data-chore-name")));
    }


    private static int completionToday(Browser browser) {
        return Integer.parseInt(browser.visible("completion-today").getAttribute("data-value"));
    }

    private static String taskStatus(Browser browser, String taskId) {
        return browser.driver.findElements(By.cssSelector("[data-testid='today-tasks'] [data-testid='task'][data-task-id='" + taskId + "']"))
                .stream().findFirst().map(e -> e.getAttribute("data-status")).orElse("");
    }

    private static void clickFirst(Browser browser, String css) {
        settled(browser).until(d -> {
            WebElement e = d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
            if (e == null) {
                return false;
            }
            browser.clickInView(e);
            return true;
        });
    }

    private static String uniqueEmail() {
        return "chores-" + UUID.randomUUID() + "@example.com";
    }
}
