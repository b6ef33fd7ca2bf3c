package jp.kajimaru.messaging.outbox;

import java.util.UUID;

import jp.kajimaru.events.EventJson;
import jp.kajimaru.events.user.MemberRemoved;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.transaction.IllegalTransactionStateException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxWriterTest {

    @Test
    void refusesToPublishOutsideATransaction() {
        OutboxWriter writer = new OutboxWriter(null, new EventJson(),
                new TraceparentSource(new StaticListableBeanFactory().getBeanProvider(io.micrometer.tracing.Tracer.class)),
                jp.kajimaru.testsupport.TestClock.shared());

        assertThatThrownBy(() -> writer.publish("m", new MemberRemoved(UUID.randomUUID(), UUID.randomUUID())))
                .isInstanceOf(IllegalTransactionStateException.class)
                .hasMessageContaining("transaction");
    }
}
