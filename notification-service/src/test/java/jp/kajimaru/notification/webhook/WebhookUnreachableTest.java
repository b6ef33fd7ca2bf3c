package jp.kajimaru.notification.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's test-send and delivery log say in words why a receiver was unreachable, never a Java class name. */
class WebhookUnreachableTest {

    @Test
    void eachNetworkFailureIsWordedForTheAdmin() {
        assertThat(WebhookPoster.unreachable(new ConnectException("Connection refused"))).contains("refused");
        assertThat(WebhookPoster.unreachable(new HttpTimeoutException("request timed out"))).contains("in time");
        assertThat(WebhookPoster.unreachable(new IOException(new UnknownHostException("hooks.invalid")))).contains("host name");
        assertThat(WebhookPoster.unreachable(new IOException("GOAWAY received"))).isEqualTo("the receiver could not be reached");
        for (IOException e : new IOException[]{new ConnectException(), new HttpTimeoutException("x"), new IOException()}) {
            assertThat(WebhookPoster.unreachable(e)).doesNotContain("Exception");
        }
    }
}
