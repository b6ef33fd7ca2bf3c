package jp.kajimaru.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import jp.kajimaru.events.EventJson;
import jp.kajimaru.events.Topics;
import jp.kajimaru.messaging.bindings.ConsumerBindingsStop;
import jp.kajimaru.messaging.debezium.BinlogSource;
import jp.kajimaru.messaging.debezium.DebeziumOutboxRelay;
import jp.kajimaru.messaging.deadletter.DeadLetterLog;
import jp.kajimaru.messaging.deadletter.DeadLetterReader;
import jp.kajimaru.messaging.deadletter.DeadLetterReplayer;
import jp.kajimaru.messaging.deadletter.DeadLettersConfiguration;
import jp.kajimaru.messaging.deadletter.DeadLettersEndpoint;
import jp.kajimaru.messaging.inbox.DeadLetterDepth;
import jp.kajimaru.messaging.inbox.InboxProcessor;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.messaging.outbox.TraceparentSource;
import jp.kajimaru.messaging.relay.KafkaHealthIndicator;
import jp.kajimaru.messaging.relay.DeferredPublishedMarks;
import jp.kajimaru.messaging.relay.OutboxPublisher;
import jp.kajimaru.messaging.relay.PublishedMarks;
import jp.kajimaru.messaging.relay.OutboxPurgeSchedule;
import jp.kajimaru.messaging.relay.OutboxPurger;
import jp.kajimaru.messaging.relay.OutboxRelay;
import jp.kajimaru.messaging.relay.OutboxRows;
import jp.kajimaru.messaging.relay.PollingOutboxRelay;
import jp.kajimaru.messaging.relay.PublishTracing;
import jp.kajimaru.messaging.relay.RelayLeadership;
import jp.kajimaru.messaging.relay.RelayMetrics;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.integration.context.IntegrationContextUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.SubscribableChannel;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Outbox writer, relay (with leadership and purge) and inbox for every service that has a DataSource. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@EnableConfigurationProperties(MessagingProperties.class)
@org.springframework.context.annotation.Import(DeadLettersConfiguration.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventJson eventJson() {
        return new EventJson();
    }

    /** The one clock every rule reads (see {@link StartAtClock} for {@code kajimaru.clock.start}). */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(org.springframework.core.env.Environment env) {
        return StartAtClock.of(env.getProperty("kajimaru.clock.start"), Clock.systemUTC());
    }

    @Bean
    TraceparentSource traceparentSource(ObjectProvider<Tracer> tracer) {
        return new TraceparentSource(tracer);
    }

    @Bean
    OutboxWriter outboxWriter(JdbcTemplate jdbc, EventJson json, TraceparentSource traceparent, Clock clock) {
        return new OutboxWriter(jdbc, json, traceparent, clock);
    }

    @Bean
    InboxProcessor inboxProcessor(JdbcTemplate jdbc, PlatformTransactionManager txManager, EventJson json, Clock clock,
                                  ObjectProvider<MeterRegistry> meters,
                                  @Value("${kajimaru.inbox.database-retry-delay:1s}") Duration retryDelay,
                                  @Value("${kajimaru.inbox.database-retry-for:80s}") Duration retryFor) {
        return new InboxProcessor(jdbc, new TransactionTemplate(txManager), json, clock,
                meters.getIfAvailable(SimpleMeterRegistry::new), retryDelay, retryFor);
    }

    /** Dead letters go to {@code <topic>.dlq} for every binding, not the binder's {@code error.<topic>.<group>}. */
    @Bean
    @ConditionalOnMissingBean
    DlqDestinationResolver kajimaruDlqDestinationResolver() {
        return (record, exception) -> Topics.dlq(record.topic());
    }

    @Bean(name = "kafka")
    @ConditionalOnMissingBean(name = "kafka")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka) {
        return new KafkaHealthIndicator(kafka.buildAdminProperties(), java.time.Duration.ofSeconds(3));
    }

    @Bean
    OutboxRows outboxRows(JdbcTemplate jdbc) {
        return new OutboxRows(jdbc);
    }

    /** Deferred for the Debezium relay (never waits for a connection), at once for polling (its next query). */
    @Bean(destroyMethod = "close")
    PublishedMarks publishedMarks(JdbcTemplate jdbc, MessagingProperties props) {
        return props.relay() == MessagingProperties.Relay.POLLING ? PublishedMarks.immediate(jdbc)
                : new DeferredPublishedMarks(jdbc, MARKS_EVERY);
    }

    private static final java.time.Duration MARKS_EVERY = java.time.Duration.ofMillis(200);

    @Bean
    OutboxPublisher outboxPublisher(KafkaProperties kafka, PublishedMarks marks, Clock clock, MessagingProperties props,
                                    ObjectProvider<MeterRegistry> meters, ObjectProvider<Tracer> tracer,
                                    ObjectProvider<Propagator> propagator) {
        KafkaTemplate<byte[], byte[]> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(bytesProducer(kafka, props)));
        return new OutboxPublisher(template, marks, clock, props.sendTimeout(), meters.getIfAvailable(SimpleMeterRegistry::new),
                new PublishTracing(tracer.getIfAvailable(), propagator.getIfAvailable(),
                        props.relay().name().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Raw envelope bytes, every write acknowledged by all replicas, no duplicates from the producer's own retries. */
    private static Map<String, Object> bytesProducer(KafkaProperties kafka, MessagingProperties props) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, props.sendTimeout().toMillis());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) props.sendTimeout().toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(props.sendTimeout().toMillis(), 10_000));
        return config;
    }

    /** Lists and replays the dead letters of the topics this service consumes (ADR 0012). */
    @Bean(destroyMethod = "close")
    DeadLetterReplayer deadLetterReplayer(KafkaProperties kafka, JdbcTemplate jdbc, PlatformTransactionManager txManager,
                                          Clock clock, MessagingProperties props) {
        return new DeadLetterReplayer(new DeadLetterReader(kafka.buildConsumerProperties(), java.time.Duration.ofSeconds(10)),
                jdbc, new TransactionTemplate(txManager), clock, bytesProducer(kafka, props), props.sendTimeout());
    }

    /**
     * The log line of a dead letter: one operator WARN (event id, topic, partition-offset, reason) instead of Spring
     * Integration's ERROR with a stack trace, whose {@code LoggingHandler} {@link MessagingDefaults} turns off; any other
     * failure on the {@code errorChannel} is still an ERROR (ADR 0012). Every consumed topic has a dead-letter topic
     * while {@code enable-dlq} stays on by default (no service turns it off for a binding).
     */
    @Bean
    DeadLetterLog deadLetterLog(Environment env, org.springframework.beans.factory.BeanFactory beans) {
        boolean dlq = env.getProperty("spring.cloud.stream.kafka.default.consumer.enable-dlq", Boolean.class, false);
        DeadLetterLog handler = new DeadLetterLog(dlq ? DeadLetterDepth.consumedTopics(env) : java.util.Set.of());
        if (beans.containsBean(IntegrationContextUtils.ERROR_CHANNEL_BEAN_NAME)
                && beans.getBean(IntegrationContextUtils.ERROR_CHANNEL_BEAN_NAME) instanceof SubscribableChannel errors) {
            errors.subscribe(handler);
        }
        return handler;
    }

    @Bean
    DeadLettersEndpoint deadLettersEndpoint(DeadLetterReplayer replayer, Environment env) {
        return new DeadLettersEndpoint(replayer, DeadLetterDepth.consumedTopics(env));
    }

    @Bean
    RelayLeadership relayLeadership(MessagingProperties props, DataSource dataSource, DataSourceProperties dsProps,
                                    OutboxRows rows, OutboxPublisher publisher, Environment env, Clock clock,
                                    ObjectProvider<MeterRegistry> meters) {
        String service = env.getProperty("spring.application.name", "kajimaru");
        OutboxRelay relay = switch (props.relay()) {
            case DEBEZIUM -> new DebeziumOutboxRelay(
                    BinlogSource.fromJdbcUrl(dsProps.determineUrl(), dsProps.determineUsername(), dsProps.determinePassword()),
                    dataSource, publisher, service + "-outbox", props.debeziumPollInterval());
            case POLLING -> new PollingOutboxRelay(rows, publisher, props.pollingInterval(), props.batchSize());
            case NONE -> new NoRelay();
        };
        // Named after the schema: replicas of one service share it, other services (and test schemas) do not.
        String lock = props.lockName() != null ? props.lockName()
                : "kajimaru.outbox." + BinlogSource.fromJdbcUrl(dsProps.determineUrl(), null, null).database();
        RelayLeadership leadership = new RelayLeadership(dataSource, relay, lock, props.leaderCheckInterval());
        RelayMetrics.register(meters.getIfAvailable(SimpleMeterRegistry::new), rows, leadership, publisher, clock);
        return leadership;
    }

    @Bean
    ConsumerBindingsStop consumerBindingsStop(ObjectProvider<BindingService> bindings) {
        return new ConsumerBindingsStop(() -> ConsumerBindingsStop.consumersOf(bindings.getIfAvailable()));
    }

    /** Dead letters waiting in the {@code .dlq} topic of every topic this service consumes. */
    @Bean
    DeadLetterDepth deadLetterDepth(KafkaProperties kafka, Environment env, ObjectProvider<MeterRegistry> meters) {
        DeadLetterDepth depth = new DeadLetterDepth(kafka.buildAdminProperties(), java.time.Duration.ofSeconds(3));
        depth.register(meters.getIfAvailable(SimpleMeterRegistry::new), DeadLetterDepth.consumedTopics(env));
        return depth;
    }

    @Bean
    OutboxPurgeSchedule outboxPurgeSchedule(JdbcTemplate jdbc, Clock clock, MessagingProperties props,
                                            RelayLeadership leadership) {
        return new OutboxPurgeSchedule(new OutboxPurger(jdbc, clock, props.retention(), props.inboxRetention()),
                leadership, props.purgeInterval());
    }

    /** {@code kajimaru.outbox.relay=none}: a replica that only writes, e.g. while a relay is moved. */
    static final class NoRelay implements OutboxRelay {
        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }

        @Override
        public boolean isRunning() {
            return false;
        }

        @Override
        public String kind() {
            return "none";
        }
    }
}
