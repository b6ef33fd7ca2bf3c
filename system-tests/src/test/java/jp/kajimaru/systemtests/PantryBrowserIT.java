package jp.kajimaru.systemtests;

import java.util.UUID;

import jp.kajimaru.testsupport.TestApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static jp.kajimaru.systemtests.DashboardWaits.settled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pantry in two real browsers against the whole stack: a child adds "milk" to the shopping list, where it waits
 * for approval; the admin approves it in her browser; the child ticks it off in the shop view; the stock page shows
 * the milk restocked by what was bought, because the name the child typed is the pantry's milk (linked).
 */
class PantryBrowserIT extends TwoBrowsers {

    static final String PASSWORD = "correct horse battery";
    static final String ADMIN = "Yoko";
    static final String CHILD = "Sora";

    @Test
    void aChildsMilkIsApprovedTickedInTheShopAndRestocksThePantry() {
        // The household, its child with an own login and the pantry's milk (at its minimum, so not on the list).
        String adminEmail = uniqueEmail();
        String childEmail = uniqueEmail();
        TestApi.Reply signup = TestApi.at(RunningStack.GATEWAY).post("/api/auth/signup", "{\"email\":\"" + adminEmail
                + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"" + ADMIN + "\",\"householdName\":\"Pantry\"}");
        assertThat(signup.status()).as(signup.body()).isEqualTo(201);
        TestApi api = TestApi.at(RunningStack.GATEWAY).as(signup.json().get("accessToken").asString());
        TestApi.Reply child = api.post("/api/members", "{\"displayName\":\"" + CHILD + "\",\"role\":\"CHILD\",\"email\":\""
                + childEmail + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(child.status()).as(child.body()).isEqualTo(201);
        TestApi.Reply milk = api.post("/api/stock/items",
                "{\"name\":\"milk\",\"category\":\"FOOD\",\"unit\":\"本\",\"quantity\":1,\"minimum\":1}");
        assertThat(milk.status()).as(milk.body()).isEqualTo(201);
        String milkId = milk.json().get("id").asString();

        Browser a = admin;
        Browser b = second;
        a.logIn(adminEmail, PASSWORD, ADMIN);
        b.logIn(childEmail, PASSWORD, CHILD);

        // The child adds two milk: pending, waiting for an adult.
        b.clickInView("nav-shopping");
        b.visible("shopping-add-form");
        awaitStockNameOffered(b, "milk");
        b.type("name", "milk");
        b.type("quantity", "2");
        b.clickInView("shopping-add-submit");
        WebElement pending = b.visible(By.cssSelector("[data-testid='shopping-pending-item'][data-name='milk']"));
        assertThat(pending.getAttribute("data-status")).isEqualTo("PENDING");
        assertThat(pending.findElements(Browser.testId("shopping-waiting"))).as("the child sees it waiting").hasSize(1);
        assertThat(pending.findElements(Browser.testId("shopping-approve"))).as("children do not approve").isEmpty();
        String itemId = pending.getAttribute("data-id");
        b.screenshot("pantry-01-child-pending");

        // The admin approves it in her browser.
        a.clickInView("nav-shopping");
        a.visible("shopping");
        String pendingRow = "[data-testid='shopping-pending-item'][data-id='" + itemId + "']";
        settled(a).until(d -> {
            a.clickInView(d.findElement(By.cssSelector(pendingRow)).findElement(Browser.testId("shopping-approve")));
            return true;
        });
        String openRow = "[data-testid='shopping-list'] [data-testid='shopping-item'][data-id='" + itemId + "']";
        assertThat(a.visible(By.cssSelector(openRow)).getAttribute("data-status")).isEqualTo("OPEN");
        a.screenshot("pantry-02-admin-approved");

        // In the shop, the child's list shows it approved (after a refresh) and the child ticks it.
        settled(b).until(d -> {
            if (d.findElements(By.cssSelector(openRow)).isEmpty()) {
                b.clickInView("shopping-refresh");
                return false;
            }
            return true;
        });
        settled(b).until(d -> {
            b.clickInView(d.findElement(By.cssSelector(openRow)).findElement(Browser.testId("shopping-item-tick")));
            return true;
        });
        b.visible("shopping-bought-toast");
        b.visible(By.cssSelector("[data-testid='shopping-recent-item'][data-id='" + itemId + "']"));
        assertThat(b.all("shopping-item")).as("nothing left to buy").isEmpty();
        b.screenshot("pantry-03-child-ticked");

        // The pantry: the purchase reached inventory over Kafka and the milk is 1 + 2.
        a.clickInView("nav-stock");
        String stockRow = "[data-testid='stock-item'][data-stock-id='" + milkId + "']";
        a.visible(By.cssSelector(stockRow));
        settled(a).withTimeout(PantryLoopsIT.WAIT).until(d -> {
            String quantity = d.findElement(By.cssSelector(stockRow)).findElement(Browser.testId("stock-quantity")).getText().trim();
            if ("3".equals(quantity)) {
                return true;
            }
            a.clickInView("stock-refresh");
            return false;
        });
        assertThat(a.visible(By.cssSelector(stockRow)).getAttribute("data-low")).isEqualTo("false");
        a.screenshot("pantry-04-stock-restocked");
    }

    /** The shop view offers the pantry's names (a datalist), so what the child types links to the stock item. */
    private static void awaitStockNameOffered(Browser browser, String name) {
        browser.waiting(Browser.WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#shopping-stock-names option[value='" + name + "']")));
    }

    private static String uniqueEmail() {
        return "pantry-" + UUID.randomUUID() + "@example.com";
    }
}
