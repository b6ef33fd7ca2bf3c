package jp.kajimaru.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kajimaru.events.inventory.MaintenanceDone;
import jp.kajimaru.events.inventory.MaintenanceDue;
import jp.kajimaru.events.inventory.StockBelowMinimum;
import jp.kajimaru.events.inventory.StockItemAdded;
import jp.kajimaru.events.inventory.StockItemRemoved;
import jp.kajimaru.events.inventory.StockReplenished;
import jp.kajimaru.events.rotation.RosterPublished;
import jp.kajimaru.events.rotation.RosterPublishedV2;
import jp.kajimaru.events.rotation.SubstituteAccepted;
import jp.kajimaru.events.rotation.SubstituteClosed;
import jp.kajimaru.events.rotation.SubstituteRequested;
import jp.kajimaru.events.rotation.TaskAssigned;
import jp.kajimaru.events.rotation.TaskCompleted;
import jp.kajimaru.events.rotation.TaskOverdue;
import jp.kajimaru.events.rotation.TaskReassigned;
import jp.kajimaru.events.rotation.TasksReassigned;
import jp.kajimaru.events.rotation.TaskReopened;
import jp.kajimaru.events.shopping.ShoppingItemAdded;
import jp.kajimaru.events.shopping.ShoppingItemApprovalRequested;
import jp.kajimaru.events.shopping.ShoppingItemApproved;
import jp.kajimaru.events.shopping.ShoppingItemPurchased;
import jp.kajimaru.events.shopping.ShoppingItemRejected;
import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.HouseholdUpdated;
import jp.kajimaru.events.user.MemberBusyChanged;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRemoved;
import jp.kajimaru.events.user.MemberUpdated;
import jp.kajimaru.events.weather.WeatherRecommendationIssued;

/**
 * Every event type and version that may appear on a Kafka topic.
 *
 * <p>Versioning rule: an incompatible payload change (a removed, renamed or retyped field, or a
 * changed meaning) is a new version with a new record class, for example {@code TaskAssignedV2}
 * registered as {@code ("TaskAssigned", 2)}; the old entry stays. Consumers accept the last two
 * versions of a type, so producers may move to version <i>n</i> only once every consumer reads
 * it, and version <i>n</i>-2 may be removed then. Additive, optional fields keep the version,
 * since readers ignore unknown properties and older payloads read the new field as {@code null}
 * (for example StockBelowMinimum.reorderQuantity and MaintenanceDue.weight, docs/adr/0008; the pre-change
 * golden samples stay in {@code golden-older/} and must keep reading).
 *
 * <p>{@link #current(Class)} maps a payload class to its entry; as every version has its own
 * class, that entry is the version a producer of that class writes.
 */
public final class EventCatalog {

    private static final String HOUSEHOLD = "household";
    private static final String MEMBER = "member";
    private static final String TASK = "task";
    private static final String SUBSTITUTE_REQUEST = "substituteRequest";
    private static final String ROSTER = "roster";
    private static final String STOCK_ITEM = "stockItem";
    private static final String MAINTENANCE_TASK = "maintenanceTask";
    private static final String SHOPPING_ITEM = "shoppingItem";
    private static final String RECOMMENDATION = "recommendation";

    private static final List<EventType> ALL = List.of(
            new EventType("HouseholdCreated", 1, HouseholdCreated.class, Topics.USER, HOUSEHOLD),
            new EventType("HouseholdUpdated", 1, HouseholdUpdated.class, Topics.USER, HOUSEHOLD),
            new EventType("MemberJoined", 1, MemberJoined.class, Topics.USER, MEMBER),
            new EventType("MemberUpdated", 1, MemberUpdated.class, Topics.USER, MEMBER),
            new EventType("MemberRemoved", 1, MemberRemoved.class, Topics.USER, MEMBER),
            new EventType("MemberBusyChanged", 1, MemberBusyChanged.class, Topics.USER, MEMBER),

            new EventType("TaskAssigned", 1, TaskAssigned.class, Topics.ROTATION, TASK),
            new EventType("TaskReassigned", 1, TaskReassigned.class, Topics.ROTATION, TASK),
            new EventType("TaskCompleted", 1, TaskCompleted.class, Topics.ROTATION, TASK),
            new EventType("TaskReopened", 1, TaskReopened.class, Topics.ROTATION, TASK),
            new EventType("TaskOverdue", 1, TaskOverdue.class, Topics.ROTATION, TASK),
            new EventType("RosterPublished", 1, RosterPublished.class, Topics.ROTATION, ROSTER),
            new EventType("RosterPublished", 2, RosterPublishedV2.class, Topics.ROTATION, ROSTER),
            new EventType("TasksReassigned", 1, TasksReassigned.class, Topics.ROTATION, ROSTER),
            new EventType("SubstituteRequested", 1, SubstituteRequested.class, Topics.ROTATION, SUBSTITUTE_REQUEST),
            new EventType("SubstituteAccepted", 1, SubstituteAccepted.class, Topics.ROTATION, SUBSTITUTE_REQUEST),
            new EventType("SubstituteClosed", 1, SubstituteClosed.class, Topics.ROTATION, SUBSTITUTE_REQUEST),

            new EventType("StockBelowMinimum", 1, StockBelowMinimum.class, Topics.INVENTORY, STOCK_ITEM),
            new EventType("StockReplenished", 1, StockReplenished.class, Topics.INVENTORY, STOCK_ITEM),
            new EventType("StockItemAdded", 1, StockItemAdded.class, Topics.INVENTORY, STOCK_ITEM),
            new EventType("StockItemRemoved", 1, StockItemRemoved.class, Topics.INVENTORY, STOCK_ITEM),
            new EventType("MaintenanceDue", 1, MaintenanceDue.class, Topics.INVENTORY, MAINTENANCE_TASK),
            new EventType("MaintenanceDone", 1, MaintenanceDone.class, Topics.INVENTORY, MAINTENANCE_TASK),

            new EventType("ShoppingItemAdded", 1, ShoppingItemAdded.class, Topics.SHOPPING, SHOPPING_ITEM),
            new EventType("ShoppingItemApprovalRequested", 1, ShoppingItemApprovalRequested.class,
                    Topics.SHOPPING, SHOPPING_ITEM),
            new EventType("ShoppingItemApproved", 1, ShoppingItemApproved.class, Topics.SHOPPING, SHOPPING_ITEM),
            new EventType("ShoppingItemRejected", 1, ShoppingItemRejected.class, Topics.SHOPPING, SHOPPING_ITEM),
            new EventType("ShoppingItemPurchased", 1, ShoppingItemPurchased.class, Topics.SHOPPING, SHOPPING_ITEM),

            new EventType("WeatherRecommendationIssued", 1, WeatherRecommendationIssued.class,
                    Topics.WEATHER, RECOMMENDATION));

    // toMap rejects duplicates, so a clashing registration fails when the class loads, not in production traffic.
    private static final Map<String, EventType> BY_TYPE_AND_VERSION = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(e -> key(e.type(), e.version()), Function.identity()));
    private static final Map<Class<? extends DomainEvent>, EventType> BY_PAYLOAD_CLASS = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::payloadClass, Function.identity()));

    private EventCatalog() {
    }

    public static Optional<EventType> find(String type, int version) {
        return Optional.ofNullable(BY_TYPE_AND_VERSION.get(key(type, version)));
    }

    /** @throws IllegalArgumentException if {@code payloadClass} is not registered */
    public static EventType current(Class<? extends DomainEvent> payloadClass) {
        EventType eventType = BY_PAYLOAD_CLASS.get(payloadClass);
        if (eventType == null) {
            throw new IllegalArgumentException("Unregistered event payload class " + payloadClass);
        }
        return eventType;
    }

    public static List<EventType> all() {
        return ALL;
    }

    private static String key(String type, int version) {
        return type + ".v" + version;
    }
}
