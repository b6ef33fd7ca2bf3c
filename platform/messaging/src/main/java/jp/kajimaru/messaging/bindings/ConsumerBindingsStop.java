package jp.kajimaru.messaging.bindings;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.Binding;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.context.SmartLifecycle;

/**
 * Stops every consumer binding at the same time when the service shuts down, before Spring Cloud Stream unbinds them
 * one after the other. A Kafka consumer that closes first waits for its fetch still parked at the broker (up to
 * {@code fetch.max.wait.ms}) to close its fetch session; one binding after another, a service with five consumed
 * topics took five of those waits to stop. Together it takes one.
 */
public class ConsumerBindingsStop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConsumerBindingsStop.class);
    /** Stops before Spring Cloud Stream's InputBindingLifecycle (Integer.MAX_VALUE - 3000; the test holds it). */
    static final int PHASE = Integer.MAX_VALUE - 2000;

    private final Supplier<List<Binding<?>>> consumers;
    private final AtomicBoolean running = new AtomicBoolean();

    public ConsumerBindingsStop(Supplier<List<Binding<?>>> consumers) {
        this.consumers = consumers;
    }

    /** The consumer bindings of a service; none when it binds nothing (no binding service). */
    public static List<Binding<?>> consumersOf(BindingService service) {
        if (service == null) {
            return List.of();
        }
        return Arrays.stream(service.getConsumerBindingNames())
                .flatMap(name -> service.getConsumerBindings(name).stream())
                .toList();
    }

    @Override
    public void start() {
        running.set(true);
    }

    @Override
    public void stop() {
        stopAll().join();
        running.set(false);
    }

    @Override
    public void stop(Runnable callback) {
        stopAll().whenComplete((done, failure) -> {
            running.set(false);
            callback.run();
        });
    }

    private CompletableFuture<Void> stopAll() {
        return CompletableFuture.allOf(consumers.get().stream()
                .filter(Binding::isRunning)
                .map(binding -> CompletableFuture.runAsync(() -> stop(binding), runnable -> {
                    Thread t = new Thread(runnable, "stop-" + binding.getBindingName());
                    t.setDaemon(true);
                    t.start();
                }))
                .toArray(CompletableFuture[]::new));
    }

    private static void stop(Binding<?> binding) {
        try {
            binding.stop();
        } catch (RuntimeException e) {
            // Spring Cloud Stream's own unbinding comes next and stops what is still running.
            log.warn("stopping consumer binding {} failed: {}", binding.getBindingName(), e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
