package jp.kajimaru.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** Checks each pinned mapper setting directly, independent of the event records. */
class EventJsonTest {

    enum Mood {
        CALM {
            @Override
            public String toString() {
                return "calm-ish";
            }
        },
        BUSY
    }

    // Components deliberately out of alphabetical order, to tell declaration order from sorting.
    record Pinned(String zeta, Instant at, LocalDate on, Mood mood, BigDecimal amount, String alpha) {
    }

    private static final Pinned PINNED = new Pinned("z", Instant.parse("2026-11-29T05:00:00Z"),
            LocalDate.parse("2026-11-30"), Mood.CALM, new BigDecimal("1.50"), null);
    private static final String PINNED_JSON = "{\"zeta\":\"z\",\"at\":\"2026-11-29T05:00:00Z\",\"on\":\"2026-11-30\","
            + "\"mood\":\"CALM\",\"amount\":1.50,\"alpha\":null}";

    private final EventJson json = new EventJson();

    @Test
    void writesThePinnedShape() {
        assertThat(json.writeString(PINNED)).isEqualTo(PINNED_JSON);
    }

    @Test
    void writesBytesAsUtf8OfTheSameShape() {
        assertThat(new String(json.write(PINNED), StandardCharsets.UTF_8)).isEqualTo(PINNED_JSON);
    }

    @Test
    void readsThePinnedShapeBack() {
        assertThat(json.read(PINNED_JSON, Pinned.class)).isEqualTo(PINNED);
        assertThat(json.read(PINNED_JSON.getBytes(StandardCharsets.UTF_8), Pinned.class)).isEqualTo(PINNED);
    }

    @Test
    void writesBigDecimalWithoutExponent() {
        Pinned large = new Pinned(null, null, null, null, new BigDecimal("1E+3"), null);

        assertThat(json.writeString(large)).contains("\"amount\":1000,");
    }

    @Test
    void readsEnumsByName() {
        assertThat(json.read("{\"mood\":\"CALM\"}", Pinned.class).mood()).isEqualTo(Mood.CALM);
    }

    @Test
    void rejectsEnumsByToString() {
        assertThatThrownBy(() -> json.read("{\"mood\":\"calm-ish\"}", Pinned.class))
                .isInstanceOf(EventJsonException.class)
                .hasCauseInstanceOf(JacksonException.class);
    }

    @Test
    void rejectsEnumsByIndex() {
        assertThatThrownBy(() -> json.read("{\"mood\":1}", Pinned.class)).isInstanceOf(EventJsonException.class);
    }

    @Test
    void ignoresUnknownProperties() {
        assertThat(json.read("{\"zeta\":\"z\",\"unknown\":true}", Pinned.class).zeta()).isEqualTo("z");
    }

    @Test
    void wrapsMalformedInputKeepingTheCause() {
        assertThatThrownBy(() -> json.read("{not json", Pinned.class))
                .isInstanceOf(EventJsonException.class)
                .hasMessageContaining(Pinned.class.getName())
                .hasCauseInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> json.read(new byte[] {'['}, Pinned.class))
                .isInstanceOf(EventJsonException.class)
                .hasCauseInstanceOf(JacksonException.class);
    }

    @Test
    void wrapsWriteFailuresKeepingTheCause() {
        Object unserialisable = new Object();

        assertThatThrownBy(() -> json.writeString(unserialisable))
                .isInstanceOf(EventJsonException.class)
                .hasCauseInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> json.write(unserialisable))
                .isInstanceOf(EventJsonException.class)
                .hasCauseInstanceOf(JacksonException.class);
    }

    @Test
    void headerNamesAreTheAgreedStrings() {
        assertThat(new String[] {EventHeaders.EVENT_ID, EventHeaders.EVENT_TYPE, EventHeaders.EVENT_VERSION,
                EventHeaders.OCCURRED_AT, EventHeaders.HOUSEHOLD_ID, EventHeaders.AGGREGATE_TYPE,
                EventHeaders.AGGREGATE_ID, EventHeaders.TRACEPARENT})
                .containsExactly("eventId", "eventType", "eventVersion", "occurredAt", "householdId", "aggregateType",
                        "aggregateId", "traceparent");
    }
}
