package jp.kajimaru.systemtests;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static jp.kajimaru.systemtests.DashboardWaits.awaitTasksQuietly;
import static jp.kajimaru.systemtests.DashboardWaits.settled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's weather card in a real browser against the whole stack (weather-service asks
 * {@link RecordedOpenMeteo}: Tokyo is overcast today). A new household sees the card with the day's advice and four
 * chores; "vacuum the rooms" matches the default chore 全部屋掃除 / Cleaning all rooms (a Saturday chore, so not on
 * Monday's roster), and "do it today" puts that chore on today's roster with an assignee. Recommendations find chores
 * by kind (ADR 0011): once the admin gives 食器洗い the kind "fridge" on its form, "wipe the fridge shelves" offers it;
 * a kind no chore has offers nothing.
 */
class WeatherBrowserIT {

    static final String PASSWORD = "correct horse battery";
    static final String ADMIN = "Natsu";
    static final Duration ROSTER = Duration.ofSeconds(60);

    static Browser browser;

    @BeforeAll
    static void open() throws Exception {
        RunningStack.get();
        browser = Browser.open();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theCardShowsTodaysAdviceAndDoItTodayPutsTheMatchedChoreOnTodaysRosterWithAnAssignee() {
        Browser b = browser;
        b.go("/");
        b.signUp("Weather family", ADMIN, "weather-" + UUID.randomUUID() + "@example.com", PASSWORD);
        b.visible("dashboard");
        assertThat(awaitTasksQuietly(b, "today-tasks", ROSTER, tasks -> !tasks.isEmpty()))
                .as("today's roster planned within %s", ROSTER).isTrue();

        // The card: overcast Tokyo, its temperatures and rain chance, one line of advice, four chores.
        WebElement card = b.visible("weather-card");
        settled(b).until(d -> "fresh".equals(d.findElement(Browser.testId("weather-card")).getAttribute("data-status")));
        assertThat(b.visible("weather-category").getAttribute("data-category")).isEqualTo("cloudy");
        assertThat(b.text("weather-temperatures")).contains("12.4");
        assertThat(b.text("weather-rain")).contains("30");
        assertThat(b.text("weather-advice")).isNotBlank();
        assertThat(b.text("weather-location")).isEqualTo("東京");
        assertThat(card.findElements(Browser.testId("weather-recommendation"))).hasSize(4);
        assertThat(b.displayed("weather-stale")).isFalse();
        assertThat(b.text("weather-body")).as("no empty part shown as text").doesNotContain("null");

        // "Vacuum the rooms" names the chore kind "rooms": the default chore of that kind (all rooms) gets "do it today".
        By vacuum = By.cssSelector("[data-testid='weather-recommendation'][data-kind='rooms']");
        WebElement recommendation = b.visible(vacuum);
        String choreName = recommendation.getAttribute("data-chore-name");
        assertThat(choreName).isIn("全部屋掃除", "Cleaning all rooms");
        assertThat(recommendation.getAttribute("data-chore-id")).isNotBlank();
        assertThat(todays(b, choreName)).as("a Saturday chore is not on Monday's roster yet").isEmpty();
        b.screenshot("weather-01-card");

        settled(b).until(d -> {
            b.clickInView(d.findElement(vacuum).findElement(Browser.testId("weather-do-today")));
            return true;
        });
        b.visible("weather-toast");

        // Today's roster now holds it, assigned (one member: to her), open.
        assertThat(awaitTasksQuietly(b, "today-tasks", ROSTER, tasks -> tasks.stream().anyMatch(t ->
                choreName.equals(t.getAttribute("data-chore-name")) && !t.getAttribute("data-assignee-id").isEmpty())))
                .as("%s on today's roster with an assignee", choreName).isTrue();
        String[] seen = new String[3];
        settled(b).until(d -> {
            List<WebElement> added = todays(b, choreName);
            seen[0] = String.valueOf(added.size());
            seen[1] = added.isEmpty() ? null : added.get(0).getAttribute("data-status");
            seen[2] = added.isEmpty() ? null : added.get(0).findElement(Browser.testId("task-assignee")).getText().trim();
            return true;
        });
        assertThat(seen).as("count, status, assignee of %s today", choreName).containsExactly("1", "OPEN", ADMIN);
        b.screenshot("weather-02-done-today");

        // The form shows the default chore's kind (dishes); the admin maps it to "fridge", and the card offers it there.
        String dishes = "全部屋掃除".equals(choreName) ? "食器洗い" : "Washing dishes";
        By dishesRow = By.cssSelector("[data-testid='chore'][data-name='" + dishes + "']");
        b.go("/chores");
        String dishesId = b.visible(dishesRow).getAttribute("data-chore-id");
        b.go("/chores/" + dishesId);
        b.visible("chore-kind");
        settled(b).until(d -> "dishes".equals(d.findElement(Browser.testId("chore-kind")).getAttribute("value")));
        b.select("kind", "fridge");
        b.screenshot("weather-03-chore-kind");
        b.clickInView("chore-save");
        b.visible(dishesRow);
        b.go("/");
        By fridge = By.cssSelector("[data-testid='weather-recommendation'][data-kind='fridge']");
        settled(b).until(d -> dishes.equals(d.findElement(fridge).getAttribute("data-chore-name")));
        assertThat(b.visible(fridge).findElements(Browser.testId("weather-do-today"))).hasSize(1);
        By taps = By.cssSelector("[data-testid='weather-recommendation'][data-kind='taps']");
        assertThat(b.visible(taps).getAttribute("data-chore-id")).as("no chore of that kind: no offer").isEmpty();
        assertThat(b.visible(taps).findElements(Browser.testId("weather-do-today"))).isEmpty();
    }

    private static List<WebElement> todays(Browser b, String choreName) {
        return b.driver.findElements(By.cssSelector("[data-testid='today-tasks'] [data-testid='task']")).stream()
                .filter(t -> choreName.equals(t.getAttribute("data-chore-name"))).toList();
    }
}
