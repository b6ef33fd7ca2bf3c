package jp.kajimaru.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.kajimaru.events.rotation.RosterPublishedV2;
import jp.kajimaru.events.rotation.TaskAssigned;
import jp.kajimaru.events.rotation.TaskReassigned;
import jp.kajimaru.events.rotation.TasksReassigned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventCatalogTest {

    private record Unregistered(UUID householdId) implements DomainEvent {
    }

    static List<EventType> catalogue() {
        return EventCatalog.all();
    }

    @Test
    void findsARegisteredTypeAndVersion() {
        assertThat(EventCatalog.find("TaskAssigned", 1))
                .hasValueSatisfying(e -> assertThat(e.payloadClass()).isEqualTo(TaskAssigned.class));
    }

    @Test
    void findReturnsEmptyForAnUnknownTypeOrVersion() {
        assertThat(EventCatalog.find("TaskExploded", 1)).isEmpty();
        assertThat(EventCatalog.find("TaskAssigned", 99)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void currentMapsEachPayloadClassToItsEntry(EventType eventType) {
        assertThat(EventCatalog.current(eventType.payloadClass())).isEqualTo(eventType);
        assertThat(EventCatalog.find(eventType.type(), eventType.version())).contains(eventType);
    }

    @Test
    void currentRejectsAnUnregisteredClass() {
        assertThatThrownBy(() -> EventCatalog.current(Unregistered.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unregistered");
    }

    @Test
    void hasNoDuplicateTypeAndVersionPairs() {
        assertThat(EventCatalog.all())
                .extracting(e -> e.type() + "@" + e.version())
                .doesNotHaveDuplicates();
    }

    @Test
    void publishesOnlyToKnownTopics() {
        Set<String> topics = Set.of(Topics.USER, Topics.ROTATION, Topics.INVENTORY, Topics.SHOPPING, Topics.WEATHER);

        assertThat(EventCatalog.all()).extracting(EventType::topic).allMatch(topics::contains);
    }

    @Test
    void catalogueCoversTwentyEightEventsAndASecondRosterVersion() {
        assertThat(EventCatalog.all()).hasSize(29);
        assertThat(EventCatalog.all().stream().map(EventType::type).distinct()).hasSize(28);
    }

    @Test
    void aRosterAssignmentSaysWhatATaskAssignedWould() {
        RosterPublishedV2 roster = (RosterPublishedV2) SampleEvents.of(RosterPublishedV2.class).orElseThrow();
        TaskAssigned single = roster.assignments().get(0).asTaskAssigned(roster.householdId());

        assertThat(single).isEqualTo(SampleEvents.of(TaskAssigned.class).orElseThrow());
    }

    @Test
    void aTaskMoveSaysWhatATaskReassignedWould() {
        TasksReassigned moves = (TasksReassigned) SampleEvents.of(TasksReassigned.class).orElseThrow();
        TaskReassigned single = moves.moves().get(0).asTaskReassigned(moves.householdId(), moves.reason());

        assertThat(single).isEqualTo(SampleEvents.of(TaskReassigned.class).orElseThrow());
    }

    @Test
    void allIsUnmodifiable() {
        assertThatThrownBy(() -> EventCatalog.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void dlqAppendsTheSuffix() {
        assertThat(Topics.dlq(Topics.ROTATION)).isEqualTo("kajimaru.rotation.events.dlq");
    }
}
