package jp.kajimaru.messaging.bindings;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.binder.Binding;
import org.springframework.cloud.stream.binding.InputBindingLifecycle;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerBindingsStopTest {

    @Test
    void stopsEveryRunningConsumerBindingAtTheSameTime() {
        // Each binding's stop waits until all three are stopping: one after the other, the first would time out.
        CountDownLatch stopping = new CountDownLatch(3);
        List<SlowBinding> bindings = List.of(new SlowBinding("a", stopping), new SlowBinding("b", stopping),
                new SlowBinding("c", stopping));

        new ConsumerBindingsStop(() -> List.copyOf(bindings)).stop();

        assertThat(bindings).allSatisfy(b -> {
            assertThat(b.isRunning()).as(b.name).isFalse();
            assertThat(b.sawTheOthersStopping).as(b.name).isTrue();
        });
    }

    @Test
    void theCallbackRunsOnceEveryBindingHasStopped() throws InterruptedException {
        CountDownLatch stopping = new CountDownLatch(2);
        List<SlowBinding> bindings = List.of(new SlowBinding("a", stopping), new SlowBinding("b", stopping));
        ConsumerBindingsStop stop = new ConsumerBindingsStop(() -> List.copyOf(bindings));
        stop.start();
        CountDownLatch called = new CountDownLatch(1);

        stop.stop(() -> {
            assertThat(bindings).noneMatch(SlowBinding::isRunning);
            called.countDown();
        });

        assertThat(called.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stop.isRunning()).isFalse();
    }

    @Test
    void aBindingThatFailsToStopHoldsUpNoOtherAndStoppedOnesAreLeftAlone() {
        SlowBinding failing = new SlowBinding("failing", new CountDownLatch(0)) {
            @Override
            public void stop() {
                throw new IllegalStateException("broker gone");
            }
        };
        SlowBinding stopped = new SlowBinding("stopped", new CountDownLatch(0));
        stopped.running = false;
        SlowBinding other = new SlowBinding("other", new CountDownLatch(0));

        new ConsumerBindingsStop(() -> List.of(failing, stopped, other)).stop();

        assertThat(other.isRunning()).isFalse();
        assertThat(stopped.stops).isZero();
    }

    @Test
    void stopsBeforeSpringCloudStreamUnbindsTheConsumers() {
        // A higher phase stops earlier; were Spring Cloud Stream's unbinding to come first, it would unbind one binding
        // after another again and this class would quietly do nothing.
        assertThat(ConsumerBindingsStop.PHASE).isGreaterThan(new InputBindingLifecycle(null, Map.of()).getPhase());
    }

    @Test
    void aServiceWithoutBindingsHasNothingToStop() {
        assertThat(ConsumerBindingsStop.consumersOf(null)).isEmpty();
        new ConsumerBindingsStop(() -> ConsumerBindingsStop.consumersOf(null)).stop();
    }

    static class SlowBinding implements Binding<Object> {
        final String name;
        final CountDownLatch stopping;
        volatile boolean running = true;
        volatile boolean sawTheOthersStopping;
        volatile int stops;

        SlowBinding(String name, CountDownLatch stopping) {
            this.name = name;
            this.stopping = stopping;
        }

        @Override
        public void stop() {
            stops++;
            stopping.countDown();
            try {
                sawTheOthersStopping = stopping.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public String getBindingName() {
            return name;
        }

        @Override
        public void unbind() {
            running = false;
        }
    }
}
