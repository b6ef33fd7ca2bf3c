package jp.kajimaru.systemtests;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static jp.kajimaru.systemtests.DashboardWaits.awaitNoModal;
import static jp.kajimaru.systemtests.DashboardWaits.awaitTasksQuietly;
import static jp.kajimaru.systemtests.DashboardWaits.settled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live notifications in two real browsers against the whole stack: member B has the dashboard open when member A asks
 * for a substitute; B's bell count rises and the message shows up without a reload (Server-Sent Events through the
 * gateway); B opens it from the inbox and takes the task over; A, who kept her dashboard open, hears the outcome live.
 */
class NotificationsBrowserIT extends TwoBrowsers {

    static final String ADMIN = "Mio";
    static final String SECOND = "Ren";
    static final Duration LIVE = Duration.ofSeconds(30);

    @Test
    void bHearsOfTheSubstituteRequestLiveTakesItOverAndAHearsTheOutcomeLive() {
        NotificationsFamily family = NotificationsFamily.create("Live", ADMIN, SECOND);
        String taskId = family.taskToday(family.adminId()).get("id").asString();

        Browser a = admin;
        Browser b = second;
        a.logIn(family.adminEmail(), NotificationsFamily.PASSWORD, ADMIN);
        b.logIn(family.memberEmail(), NotificationsFamily.PASSWORD, SECOND);
        String myTask = "[data-testid='my-tasks'] [data-testid='task'][data-task-id='" + taskId + "']";
        assertThat(awaitTasksQuietly(a, "my-tasks", NotificationsFamily.WAIT,
                tasks -> tasks.stream().anyMatch(t -> taskId.equals(t.getAttribute("data-task-id"))))).isTrue();
        int bBefore = liveBell(b);
        int aBefore = liveBell(a);
        markNoReload(a);
        markNoReload(b);

        // A asks for a substitute from her dashboard.
        settled(a).until(d -> {
            a.clickInView(d.findElement(By.cssSelector(myTask)).findElement(Browser.testId("task-ask-substitute")));
            return true;
        });
        a.visible("dialog");
        a.type("note", "fever");
        a.clickInView("dialog-ok");
        a.visible("toast-substitute-asked");
        awaitNoModal(a);

        // B's bell counts it and the message appears, without a reload.
        WebElement asked = awaitToast(b, "SUBSTITUTE_REQUESTED");
        assertThat(asked.getText()).contains(ADMIN);
        assertThat(bell(b)).isGreaterThan(bBefore);
        assertThat(reloaded(b)).as("B's page was not reloaded").isFalse();
        b.screenshot("notifications-01-live-request");

        // B opens it from the inbox, which leads to the dashboard's board, and takes the task over.
        b.clickInView(asked.findElement(Browser.testId("notif-toast-action")));
        b.visible("notifications");
        WebElement listed = b.visible(By.cssSelector("[data-testid='notification'][data-kind='SUBSTITUTE_REQUESTED']"));
        assertThat(listed.getAttribute("data-unread")).isEqualTo("true");
        b.clickInView(listed.findElement(Browser.testId("notification-open")));
        b.visible("dashboard");
        String request = "[data-testid='substitute-board'] [data-testid='substitute-request'][data-task-id='" + taskId + "']";
        settled(b).until(d -> {
            b.clickInView(d.findElement(By.cssSelector(request)).findElement(Browser.testId("substitute-accept")));
            return true;
        });
        b.visible("toast-substitute-accepted");

        // A hears the outcome on the page she kept open.
        WebElement outcome = awaitToast(a, "SUBSTITUTE_ACCEPTED");
        assertThat(outcome.getText()).contains(SECOND);
        assertThat(bell(a)).isGreaterThan(aBefore);
        assertThat(reloaded(a)).as("A's page was not reloaded").isFalse();
        a.screenshot("notifications-02-live-outcome");
    }

    /** Waits until the bell's stream is up; returns the unread count it shows. */
    private static int liveBell(Browser browser) {
        browser.visible(By.cssSelector("[data-testid='nav-bell'][data-live='true']"));
        return bell(browser);
    }

    private static int bell(Browser browser) {
        String count = browser.visible("nav-bell").getAttribute("data-count");
        return count == null ? 0 : Integer.parseInt(count);
    }

    private static WebElement awaitToast(Browser browser, String kind) {
        return browser.waiting(LIVE).until(d -> d.findElements(By.cssSelector("[data-testid='notif-toast'][data-kind='" + kind + "']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** A mark on the page's window that a reload would wipe. */
    private static void markNoReload(Browser browser) {
        browser.script("window.__notificationsIt = 'same page'");
    }

    private static boolean reloaded(Browser browser) {
        return !"same page".equals(browser.script("return window.__notificationsIt"));
    }
}
