package jp.kajimaru.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A family test with two real browsers (two people) against the running stack. */
abstract class TwoBrowsers {

    static Browser admin;    // browser A
    static Browser second;   // browser B

    @BeforeAll
    static void openBrowsers() throws Exception {
        RunningStack.get();
        admin = Browser.open();
        second = Browser.open();
    }

    @AfterAll
    static void closeBrowsers() {
        if (admin != null) {
            admin.close();
        }
        if (second != null) {
            second.close();
        }
    }
}
