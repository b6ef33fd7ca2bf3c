package jp.kajimaru.systemtests;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

/** Waiting on the dashboard, which re-paints while the roster is planned over Kafka. Shared by the browser tests. */
final class DashboardWaits {

    interface TasksCheck {
        boolean test(List<WebElement> tasks);
    }

    private DashboardWaits() {
    }

    /** Waits for a task list to satisfy the check, pressing Refresh / Retry every few seconds while it does not. */
    static boolean awaitTasksQuietly(Browser browser, String list, Duration timeout, TasksCheck check) {
        long[] lastRefresh = {System.nanoTime()};
        try {
            browser.waiting(timeout).pollingEvery(Duration.ofMillis(500)).ignoring(StaleElementReferenceException.class)
                    .ignoring(ElementClickInterceptedException.class).until(d -> {
                List<WebElement> tasks = d.findElements(By.cssSelector("[data-testid='" + list + "'] [data-testid='task']"));
                if (check.test(tasks)) {
                    return true;
                }
                if (System.nanoTime() - lastRefresh[0] > Duration.ofSeconds(4).toNanos()) {
                    lastRefresh[0] = System.nanoTime();
                    d.findElements(By.cssSelector("[data-testid='dashboard-refresh'], [data-testid='dashboard-retry']")).stream()
                            .filter(e -> e.isDisplayed() && e.isEnabled()).findFirst().ifPresent(WebElement::click);
                }
                return false;
            });
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** Bootstrap has finished closing every modal (no backdrop, the page scrolls again); the window is back at the top. */
    static void awaitNoModal(Browser browser) {
        browser.waiting(Browser.WAIT).until(d -> Boolean.TRUE.equals(browser.script(
                "return !document.querySelector('.modal') && !document.querySelector('.modal-backdrop')"
                        + " && !document.body.classList.contains('modal-open')")));
        browser.script("window.scrollTo({top: 0, left: 0, behavior: 'instant'})");
    }

    /** A wait that shrugs off the dashboard re-painting under it. */
    static FluentWait<WebDriver> settled(Browser browser) {
        return browser.waiting(Browser.WAIT).ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class);
    }

    static boolean isOpenFor(WebElement task, String memberId) {
        return "OPEN".equals(task.getAttribute("data-status")) && memberId.equals(task.getAttribute("data-assignee-id"));
    }
}
