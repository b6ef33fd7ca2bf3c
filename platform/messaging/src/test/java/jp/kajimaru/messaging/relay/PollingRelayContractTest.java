package jp.kajimaru.messaging.relay;

import java.time.Duration;

import javax.sql.DataSource;

import jp.kajimaru.messaging.testapp.MessagingTestApplication;
import jp.kajimaru.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = MessagingTestApplication.class, properties = "kajimaru.outbox.relay=polling")
@RealInfrastructure
class PollingRelayContractTest extends OutboxRelayContract {

    @Autowired DataSource dataSource;
    @Autowired OutboxRows rows;
    @Autowired OutboxPublisher publisher;

    @Override
    OutboxRelay newRelay() {
        return new PollingOutboxRelay(rows, publisher, Duration.ofMillis(50), 200);
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
