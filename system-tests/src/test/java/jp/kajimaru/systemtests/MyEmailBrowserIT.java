package jp.kajimaru.systemtests;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kajimaru.testsupport.TestApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member changes their login e-mail on "My page" in a real browser against the whole stack (through the gateway):
 * a wrong password is shown on its field and changes nothing; with the right one the page shows the new address, the
 * old address no longer logs in and the new one does. On the way, the admin's navigation bar (about fifteen links) is
 * checked at 1280 and 390 px: no link label breaks over two lines (screenshots under target/browser-it).
 */
class MyEmailBrowserIT extends TwoBrowsers {

    @Test
    void aMemberChangesTheirLoginEmailAndLogsInWithIt() {
        NotificationsFamily family = NotificationsFamily.create("Mail", "Aoi", "Sora");
        Browser b = on(second, family.memberEmail(), "Sora", "nav-me", "me-email");
        assertThat(b.text("email-current")).isEqualTo(family.memberEmail());

        String next = "Sora." + UUID.randomUUID() + "@Example.JP";
        b.type("email", next);
        b.type("currentPassword", "not the password at all");
        b.clickInView("email-save");
        b.visible(By.cssSelector("[data-testid='me-email'] [data-error-for='currentPassword'][data-i18n='me.emailWrongPassword']"));
        assertThat(b.text("email-current")).isEqualTo(family.memberEmail());

        b.type("currentPassword", NotificationsFamily.PASSWORD);
        b.clickInView("email-save");
        b.visible(By.cssSelector("[data-testid='email-error'].alert-success[data-i18n='me.emailChanged']"));
        String stored = next.toLowerCase(java.util.Locale.ROOT);
        assertThat(b.text("email-current")).isEqualTo(stored);
        b.screenshot("my-email-01-changed");

        TestApi anon = TestApi.at(RunningStack.GATEWAY);
        assertThat(anon.post("/api/auth/login", login(family.memberEmail())).status()).isEqualTo(401);
        b.clickInView("logout");
        b.logIn(next, NotificationsFamily.PASSWORD, "Sora");
        b.clickInView("nav-me");
        assertThat(b.text("email-current")).isEqualTo(stored);
    }

    @Test
    void theAdminsNavigationLinksNeverBreakInsideALabel() {
        NotificationsFamily family = NotificationsFamily.create("Nav", "Aoi", "Sora");
        Browser a = on(admin, family.adminEmail(), "Aoi", "nav-notification-webhooks", "webhooks");
        assertThat(brokenLinks(a)).isEmpty();
        a.screenshot("nav-1280-admin");
        a.driver.manage().window().setSize(new Dimension(390, 844));
        try {
            a.click(a.visible(By.id("nav-toggler")));
            a.visible("nav-devices");
            assertThat(brokenLinks(a)).isEmpty();
            a.screenshot("nav-390-admin");
        } finally {
            a.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** Logged in as {@code name}, on the page the navigation link {@code nav} leads to, once {@code section} shows. */
    private static Browser on(Browser browser, String email, String name, String nav, String section) {
        browser.logIn(email, NotificationsFamily.PASSWORD, name);
        browser.clickInView(nav);
        browser.visible(section);
        return browser;
    }

    /** The visible navigation links whose label takes more than one line. */
    @SuppressWarnings("unchecked")
    private static List<String> brokenLinks(Browser browser) {
        List<Map<String, Object>> links = (List<Map<String, Object>>) browser.script(
                "return [...document.querySelectorAll('#nav-links .nav-link')].filter(a => a.offsetParent !== null)"
                        + ".map(a => ({text: a.textContent, lines: a.getBoundingClientRect().height"
                        + " / parseFloat(getComputedStyle(a).lineHeight)}))");
        assertThat(links).as("visible navigation links").hasSizeGreaterThanOrEqualTo(10);
        return links.stream().filter(l -> ((Number) l.get("lines")).doubleValue() >= 2.5)
                .map(l -> String.valueOf(l.get("text"))).toList();
    }

    private static String login(String email) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + NotificationsFamily.PASSWORD + "\"}";
    }
}
