package jp.kajimaru.testsupport;

import jp.kajimaru.singlenode.SingleNodeSettings;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * One real Kafka broker per test JVM: the one named by {@code KAJIMARU_TEST_KAFKA}, a Testcontainers
 * broker where Docker runs, otherwise spring-kafka-test's in-process KRaft broker (about 2 s).
 */
public final class TestKafka {

    private static TestKafka instance;

    private final String bootstrapServers;
    private final Runnable stopper;

    private TestKafka(String bootstrapServers, Runnable stopper) {
        this.bootstrapServers = bootstrapServers;
        this.stopper = stopper;
    }

    public static synchronized TestKafka get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance.stopper));
        }
        return instance;
    }

    private static TestKafka start() {
        String named = System.getenv("KAJIMARU_TEST_KAFKA");
        if (named != null && !named.isBlank()) {
            return new TestKafka(named, () -> { });
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
            kafka.start();
            return new TestKafka(kafka.getBootstrapServers(), kafka::stop);
        }
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        // By default it publishes itself as the JVM-wide system property spring.kafka.bootstrap-servers,
        // which would silently override every other broker a test points an application at.
        broker.brokerListProperty("spring.embedded.kafka.brokers");
        SingleNodeSettings.KAFKA_BROKER.forEach(broker::brokerProperty);
        broker.afterPropertiesSet();
        return new TestKafka(broker.getBrokersAsString(), broker::destroy);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }
}
