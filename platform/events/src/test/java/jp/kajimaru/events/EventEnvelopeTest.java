package jp.kajimaru.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.UUID;

import jp.kajimaru.events.rotation.TaskAssigned;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JavaType;

class EventEnvelopeTest {

    private static final UUID EVENT_ID = UUID.fromString("0b6e3f0c-7d1a-4c1e-9a51-3f5d2f1e8c01");
    private static final Instant OCCURRED_AT = Instant.parse("2026-11-29T05:00:00Z");
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final EventJson json = new EventJson();
    private final TaskAssigned payload = (TaskAssigned) SampleEvents.of(TaskAssigned.class).orElseThrow();

    @Test
    void roundTripsWithATypedPayload() {
        EventEnvelope<TaskAssigned> envelope = envelope(TRACEPARENT);
        JavaType type = json.mapper().getTypeFactory().constructParametricType(EventEnvelope.class, TaskAssigned.class);

        EventEnvelope<TaskAssigned> read = json.mapper().readValue(json.write(envelope), type);

        assertThat(read).isEqualTo(envelope);
        assertThat(read.payload()).isInstanceOf(TaskAssigned.class);
    }

    @Test
    void writesTheMetadataBeforeThePayloadAndKeepsANullTraceparent() {
        String written = json.writeString(envelope(null));

        assertThat(written).startsWith("{\"eventId\":\"0b6e3f0c-7d1a-4c1e-9a51-3f5d2f1e8c01\","
                + "\"type\":\"TaskAssigned\","
                + "\"version\":1,\"occurredAt\":\"2026-11-29T05:00:00Z\","
                + "\"householdId\":\"00000000-0000-0000-0000-000000000001\",\"aggregateType\":\"task\","
                + "\"aggregateId\":\"00000000-0000-0000-0000-000000000010\",\"traceparent\":null,\"payload\":{");
    }

    @Test
    void rejectsEachMissingRequiredComponent() {
        UUID h = SampleEvents.HOUSEHOLD;
        assertThatNullPointerException()
                .isThrownBy(() -> new EventEnvelope<>(null, "TaskAssigned", 1, OCCURRED_AT, h, "task", "a", null,
                        payload))
                .withMessage("eventId");
        assertThatNullPointerException()
                .isThrownBy(() -> new EventEnvelope<>(EVENT_ID, null, 1, OCCURRED_AT, h, "task", "a", null, payload))
                .withMessage("type");
        assertThatNullPointerException()
                .isThrownBy(() -> new EventEnvelope<>(EVENT_ID, "TaskAssigned", 1, null, h, "task", "a", null, payload))
                .withMessage("occurredAt");
        assertThatNullPointerException()
                .isThrownBy(() -> new EventEnvelope<>(EVENT_ID, "TaskAssigned", 1, OCCURRED_AT, null, "task", "a", null,
                        payload))
                .withMessage("householdId");
        assertThatNullPointerException()
                .isThrownBy(() -> new EventEnvelope<>(EVENT_ID, "TaskAssigned", 1, OCCURRED_AT, h, null, "a", null,
                        payload))
                .withMessage("aggregateType");
        assertThatNullPointerException()
                .isThrownBy(() -> new EventEnvelope<>(EVENT_ID, "TaskAssigned", 1, OCCURRED_AT, h, "task", null, null,
                        payload))
                .withMessage("aggregateId");
        assertThatNullPointerException()
                .isThrownBy(() -> new EventEnvelope<TaskAssigned>(EVENT_ID, "TaskAssigned", 1, OCCURRED_AT, h, "task",
                        "a", null, null))
                .withMessage("payload");
    }

    @Test
    void allowsAMissingTraceparent() {
        assertThat(envelope(null).traceparent()).isNull();
    }

    private EventEnvelope<TaskAssigned> envelope(String traceparent) {
        EventType type = EventCatalog.current(TaskAssigned.class);
        return new EventEnvelope<>(EVENT_ID, type.type(), type.version(), OCCURRED_AT, payload.householdId(),
                type.aggregateType(), payload.taskId().toString(), traceparent, payload);
    }
}
