package jp.kajimaru.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Every {@link RealInfrastructure} class starts at {@link TestClock#DEFAULT}, whatever the class before it did. */
public class TestClockReset implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestClock.shared().reset();
    }
}
