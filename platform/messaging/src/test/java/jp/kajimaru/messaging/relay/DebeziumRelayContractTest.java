package jp.kajimaru.messaging.relay;

import java.time.Duration;

import javax.sql.DataSource;

import jp.kajimaru.messaging.debezium.BinlogSource;
import jp.kajimaru.messaging.debezium.DebeziumOutboxRelay;
import jp.kajimaru.messaging.testapp.MessagingTestApplication;
import jp.kajimaru.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = MessagingTestApplication.class, properties = "kajimaru.outbox.relay=debezium")
@RealInfrastructure
class DebeziumRelayContractTest extends OutboxRelayContract {

    @Autowired DataSource dataSource;
    @Autowired DataSourceProperties dsProps;
    @Autowired OutboxPublisher publisher;

    /** The same engine name as the service's own relay, as a second replica of the service would have. */
    @Override
    OutboxRelay newRelay() {
        return new DebeziumOutboxRelay(BinlogSource.fromJdbcUrl(dsProps.determineUrl(), dsProps.determineUsername(),
                dsProps.determinePassword()), dataSource, publisher, "messaging-test-outbox", Duration.ofMillis(10));
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
