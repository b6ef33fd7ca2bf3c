package jp.kajimaru.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.kajimaru.events.inventory.MaintenanceDone;
import jp.kajimaru.events.inventory.MaintenanceDue;
import jp.kajimaru.events.inventory.StockBelowMinimum;
import jp.kajimaru.events.inventory.StockItemAdded;
import jp.kajimaru.events.inventory.StockItemRemoved;
import jp.kajimaru.events.inventory.StockReplenished;
import jp.kajimaru.events.rotation.CloseReason;
import jp.kajimaru.events.rotation.ReassignReason;
import jp.kajimaru.events.rotation.RosterAssignment;
import jp.kajimaru.events.rotation.RosterPublished;
import jp.kajimaru.events.rotation.RosterPublishedV2;
import jp.kajimaru.events.rotation.RosterShare;
import jp.kajimaru.events.rotation.SubstituteAccepted;
import jp.kajimaru.events.rotation.SubstituteClosed;
import jp.kajimaru.events.rotation.SubstituteRequested;
import jp.kajimaru.events.rotation.TaskAssigned;
import jp.kajimaru.events.rotation.TaskCompleted;
import jp.kajimaru.events.rotation.TaskOverdue;
import jp.kajimaru.events.rotation.TaskMove;
import jp.kajimaru.events.rotation.TaskReassigned;
import jp.kajimaru.events.rotation.TasksReassigned;
import jp.kajimaru.events.rotation.TaskReopened;
import jp.kajimaru.events.shopping.ItemSource;
import jp.kajimaru.events.shopping.ShoppingItemAdded;
import jp.kajimaru.events.shopping.ShoppingItemApprovalRequested;
import jp.kajimaru.events.shopping.ShoppingItemApproved;
import jp.kajimaru.events.shopping.ShoppingItemPurchased;
import jp.kajimaru.events.shopping.ShoppingItemRejected;
import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.HouseholdUpdated;
import jp.kajimaru.events.user.Location;
import jp.kajimaru.events.user.MemberBusyChanged;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRemoved;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.events.user.MemberUpdated;
import jp.kajimaru.events.user.RotationUnit;
import jp.kajimaru.events.weather.WeatherRecommendationIssued;

/**
 * One fixed instance per payload class, matching the golden JSON files. Values are deterministic
 * and chosen to exercise nulls, enums with underscores, BigDecimal scale and non-ASCII text.
 */
final class SampleEvents {

    static final UUID HOUSEHOLD = id(0x001);
    static final UUID ADMIN = id(0x002);
    static final UUID HANAKO = id(0x003);
    static final UUID TARO = id(0x004);
    static final UUID TASK = id(0x010);
    static final UUID CHORE = id(0x011);
    static final UUID REQUEST = id(0x012);
    static final UUID STOCK_ITEM = id(0x020);
    static final UUID MAINTENANCE_TASK = id(0x021);
    static final UUID EQUIPMENT = id(0x022);
    static final UUID ITEM = id(0x030);
    static final UUID LIST = id(0x031);

    private static final LocalDate DATE = LocalDate.parse("2026-11-30");
    private static final Instant DUE_AT = Instant.parse("2026-11-30T12:00:00Z");
    private static final String RUBBISH = "Take out the rubbish";

    private static final Map<Class<? extends DomainEvent>, DomainEvent> SAMPLES = Map.ofEntries(
            sample(new HouseholdCreated(HOUSEHOLD, "Tanaka family", "Asia/Tokyo", "ja-JP",
                    new Location("Home", 35.6895, 139.6917), RotationUnit.WEEKLY, true, 15, ADMIN)),
            sample(new HouseholdUpdated(HOUSEHOLD, "田中家", "Asia/Tokyo", "ja-JP",
                    new Location("実家", 34.6937, 135.5023), RotationUnit.DAILY, false, 30)),
            sample(new MemberJoined(HOUSEHOLD, HANAKO, "Hanako Tanaka", "Hana", MemberRole.MEMBER, true,
                    "cat", "#FF8800")),
            sample(new MemberUpdated(HOUSEHOLD, TARO, "Taro", null, MemberRole.CHILD, false, null, "#3366CC")),
            sample(new MemberRemoved(HOUSEHOLD, TARO)),
            sample(new MemberBusyChanged(HOUSEHOLD, HANAKO, true, null, Instant.parse("2026-11-30T14:15:30Z"))),

            sample(new TaskAssigned(HOUSEHOLD, TASK, CHORE, RUBBISH, DATE, DUE_AT, 3, HANAKO)),
            sample(new TaskReassigned(HOUSEHOLD, TASK, CHORE, RUBBISH, DATE, null, TARO,
                    ReassignReason.MEMBER_REMOVED)),
            sample(new TaskCompleted(HOUSEHOLD, TASK, CHORE, "Clean the filter", DATE, HANAKO, TARO,
                    Instant.parse("2026-11-30T10:15:30Z"), MAINTENANCE_TASK.toString())),
            sample(new TaskReopened(HOUSEHOLD, TASK, CHORE, DATE, ADMIN)),
            sample(new TaskOverdue(HOUSEHOLD, TASK, CHORE, RUBBISH, DATE, DUE_AT, HANAKO)),
            sample(new RosterPublished(HOUSEHOLD, DATE, LocalDate.parse("2026-12-06"), 5,
                    List.of(new RosterShare(HANAKO, 3, 7), new RosterShare(TARO, 2, 4)))),
            sample(new RosterPublishedV2(HOUSEHOLD, DATE, LocalDate.parse("2026-12-06"), 2,
                    List.of(new RosterShare(HANAKO, 1, 3), new RosterShare(TARO, 1, 2)),
                    List.of(new RosterAssignment(TASK, CHORE, RUBBISH, DATE, DUE_AT, 3, HANAKO),
                            new RosterAssignment(REQUEST, CHORE, "洗濯", LocalDate.parse("2026-12-01"), null, 2, TARO)))),
            sample(new TasksReassigned(HOUSEHOLD, ReassignReason.MEMBER_REMOVED,
                    List.of(new TaskMove(TASK, CHORE, RUBBISH, DATE, null, TARO),
                            new TaskMove(REQUEST, CHORE, "洗濯", LocalDate.parse("2026-12-01"), HANAKO, TARO)))),
            sample(new SubstituteRequested(HOUSEHOLD, REQUEST, TASK, RUBBISH, DATE, HANAKO, "Away on business",
                    Instant.parse("2026-11-30T09:00:00Z"))),
            sample(new SubstituteAccepted(HOUSEHOLD, REQUEST, TASK, HANAKO, TARO)),
            sample(new SubstituteClosed(HOUSEHOLD, REQUEST, TASK, CloseReason.TASK_DONE)),

            sample(new StockBelowMinimum(HOUSEHOLD, STOCK_ITEM, "Rice", new BigDecimal("1.50"), new BigDecimal("2"),
                    "kg", "staples", new BigDecimal("5"))),
            sample(new StockReplenished(HOUSEHOLD, STOCK_ITEM, "Rice", new BigDecimal("6.5"),
                    new BigDecimal("5.00"), "kg")),
            sample(new StockItemAdded(HOUSEHOLD, STOCK_ITEM, "Rice", "kg")),
            sample(new StockItemRemoved(HOUSEHOLD, STOCK_ITEM)),
            sample(new MaintenanceDue(HOUSEHOLD, MAINTENANCE_TASK, EQUIPMENT, "Air conditioner", "Clean the filter",
                    DATE, 3)),
            sample(new MaintenanceDone(HOUSEHOLD, MAINTENANCE_TASK, EQUIPMENT, DATE, HANAKO,
                    LocalDate.parse("2027-05-30"))),

            sample(new ShoppingItemAdded(HOUSEHOLD, ITEM, LIST, "Rice", new BigDecimal("5"), "kg", "staples", null,
                    ItemSource.STOCK)),
            sample(new ShoppingItemApprovalRequested(HOUSEHOLD, ITEM, "Chocolate", TARO)),
            sample(new ShoppingItemApproved(HOUSEHOLD, ITEM, "Chocolate", ADMIN)),
            sample(new ShoppingItemRejected(HOUSEHOLD, ITEM, "Chocolate", ADMIN, "Too much sugar this week")),
            sample(new ShoppingItemPurchased(HOUSEHOLD, ITEM, "Rice", new BigDecimal("5"), HANAKO,
                    Instant.parse("2026-11-29T09:30:00Z"), STOCK_ITEM)),

            sample(new WeatherRecommendationIssued(HOUSEHOLD, DATE, "laundry", "Dry all day: hang the washing outside",
                    10, 14.5, 6.0)));

    private SampleEvents() {
    }

    static Optional<DomainEvent> of(Class<? extends DomainEvent> payloadClass) {
        return Optional.ofNullable(SAMPLES.get(payloadClass));
    }

    private static Map.Entry<Class<? extends DomainEvent>, DomainEvent> sample(DomainEvent event) {
        return Map.entry(event.getClass(), event);
    }

    private static UUID id(long n) {
        return new UUID(0, n);
    }
}
