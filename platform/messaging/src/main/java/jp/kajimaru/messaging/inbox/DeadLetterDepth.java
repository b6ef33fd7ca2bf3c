package jp.kajimaru.messaging.inbox;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jp.kajimaru.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * {@code kajimaru_dlq_depth{topic}}: the records held by the dead-letter topic of each topic this service consumes
 * (nobody consumes a {@code .dlq} topic, so everything in it is waiting for an operator). Asked of the broker at
 * each scrape; a topic that does not exist yet holds nothing, a broker that does not answer gives NaN.
 */
public class DeadLetterDepth implements AutoCloseable {

    private final Map<String, Object> adminConfig;
    private final long timeoutMillis;
    private Admin admin;

    public DeadLetterDepth(Map<String, Object> adminConfig, java.time.Duration timeout) {
        this.adminConfig = Map.copyOf(adminConfig);
        this.timeoutMillis = timeout.toMillis();
    }

    /** The destinations of the input bindings ({@code <function>-in-<n>}) configured for this service. */
    public static Set<String> consumedTopics(Environment env) {
        Map<String, Destination> bindings = Binder.get(env)
                .bind("spring.cloud.stream.bindings", Bindable.mapOf(String.class, Destination.class))
                .orElse(Map.of());
        return bindings.entrySet().stream()
                .filter(e -> e.getKey().matches(".+-in-\\d+") && e.getValue().destination() != null)
                .flatMap(e -> Arrays.stream(e.getValue().destination().split(",")))
                .map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public void register(MeterRegistry meters, Set<String> consumedTopics) {
        for (String topic : consumedTopics) {
            String dlq = Topics.dlq(topic);
            Gauge.builder("kajimaru.dlq.depth", this, d -> d.depth(dlq))
                    .description("records waiting in the dead-letter topic").tag("topic", dlq).register(meters);
        }
    }

    /** Records between the earliest and the latest offset of every partition; 0 for a topic not yet created. */
    public double depth(String topic) {
        try {
            Admin a = admin();
            Map<String, TopicDescription> described = a.describeTopics(List.of(topic)).allTopicNames()
                    .get(timeoutMillis, TimeUnit.MILLISECONDS);
            List<TopicPartition> partitions = described.get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            long latest = sum(a, partitions, OffsetSpec.latest());
            long earliest = sum(a, partitions, OffsetSpec.earliest());
            return latest - earliest;
        } catch (ExecutionException e) {
            return e.getCause() instanceof UnknownTopicOrPartitionException ? 0 : Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        } catch (TimeoutException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private long sum(Admin a, List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = partitions.stream()
                .collect(Collectors.toMap(Function.identity(), p -> spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = a.listOffsets(request).all()
                .get(timeoutMillis, TimeUnit.MILLISECONDS);
        return offsets.values().stream().mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminConfig);
        }
        return admin;
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
            admin = null;
        }
    }

    /** The one binding property read here. */
    public record Destination(String destination) {
    }
}
