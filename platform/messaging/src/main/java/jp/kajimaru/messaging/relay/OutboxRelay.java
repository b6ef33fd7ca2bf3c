package jp.kajimaru.messaging.relay;

/** Ships committed outbox rows to Kafka. Started only while this replica holds the relay lock. */
public interface OutboxRelay {

    void start();

    void stop();

    boolean isRunning();

    String kind();
}
