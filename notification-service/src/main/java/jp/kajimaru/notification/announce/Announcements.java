package jp.kajimaru.notification.announce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kajimaru.events.EventEnvelope;
import jp.kajimaru.events.inventory.MaintenanceDue;
import jp.kajimaru.events.inventory.StockBelowMinimum;
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
import jp.kajimaru.events.shopping.ShoppingItemApprovalRequested;
import jp.kajimaru.events.shopping.ShoppingItemApproved;
import jp.kajimaru.events.shopping.ShoppingItemRejected;
import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.HouseholdUpdated;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRemoved;
import jp.kajimaru.events.user.MemberUpdated;
import jp.kajimaru.events.weather.WeatherRecommendationIssued;
import jp.kajimaru.notification.household.Directory;
import jp.kajimaru.notification.household.Household;
import jp.kajimaru.notification.household.Member;
import jp.kajimaru.notification.inbox.Notifier;
import jp.kajimaru.notification.message.Kind;
import jp.kajimaru.notification.message.Text;
import jp.kajimaru.notification.message.Texts;
import jp.kajimaru.notification.task.OpenTask;
import jp.kajimaru.notification.task.ReminderService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns each domain event into the messages people should get (who hears what), in each recipient's language with
 * dates in the household's zone. One message per member and event: the event id is the message's dedupe key.
 */
@Service
public class Announcements {

    /** A TaskAssigned further ahead than this is announced by the roster message and the reminders instead. */
    static final int ASSIGNED_MESSAGE_DAYS = 1;

    private final Directory directory;
    private final ReminderService reminders;
    private final Notifier notifier;
    private final Requests requests;

    Announcements(Directory directory, ReminderService reminders, Notifier notifier, Requests requests) {
        this.directory = directory;
        this.reminders = reminders;
        this.notifier = notifier;
        this.requests = requests;
    }

    // --- user-service: the replica ---

    @Transactional
    public void householdCreated(EventEnvelope<HouseholdCreated> e) {
        directory.householdCreated(e.payload(), e.occurredAt());
        reminders.householdChanged(e.householdId());
    }

    @Transactional
    public void householdUpdated(EventEnvelope<HouseholdUpdated> e) {
        directory.householdUpdated(e.payload(), e.occurredAt());
        reminders.householdChanged(e.householdId());
    }

    @Transactional
    public void memberJoined(EventEnvelope<MemberJoined> e) {
        directory.memberJoined(e.payload(), e.occurredAt());
    }

    @Transactional
    public void memberUpdated(EventEnvelope<MemberUpdated> e) {
        directory.memberUpdated(e.payload(), e.occurredAt());
    }

    @Transactional
    public void memberRemoved(EventEnvelope<MemberRemoved> e) {
        directory.memberRemoved(e.payload(), e.occurredAt());
    }

    // --- rotation-service ---

    /** The assignee hears of a task for today or tomorrow at once; later ones come with the roster and reminders. */
    @Transactional
    public void taskAssigned(EventEnvelope<TaskAssigned> e) {
        assigned(e.payload(), e.occurredAt(), e.eventId().toString());
    }

    private void assigned(TaskAssigned t, Instant at, String dedupeKey) {
        reminders.taskAssigned(t, at);
        toldIfSoon(t, directory.householdOrDefault(t.householdId()), at, dedupeKey);
    }

    private void toldIfSoon(TaskAssigned t, Household h, Instant at, String dedupeKey) {
        if (toldAtOnce(t, h, at)) {
            send(dedupeKey, h, t.assigneeMemberId(), Kind.TASK_ASSIGNED,
                    x -> x.taskAssigned(t.choreName(), t.date(), t.dueAt()), "#/dashboard");
        }
    }

    /** Someone holds it, today or tomorrow: its assignee hears of it at once. */
    private static boolean toldAtOnce(TaskAssigned t, Household h, Instant at) {
        LocalDate today = at.atZone(h.zone()).toLocalDate();
        return t.assigneeMemberId() != null
                && !t.date().isBefore(today) && !t.date().isAfter(today.plusDays(ASSIGNED_MESSAGE_DAYS));
    }

    /** The new assignee hears of a task an admin, a busy span or a removal moved to them (substitutes hear otherwise). */
    @Transactional
    public void taskReassigned(EventEnvelope<TaskReassigned> e) {
        TaskReassigned t = e.payload();
        OpenTask task = reminders.taskReassigned(t, e.occurredAt());
        toldOfMove(t, task, directory.householdOrDefault(t.householdId()), e.eventId().toString());
    }

    /** A planning pass's moves (ADR 0016): each as a TaskReassigned, its message deduplicated by event and task. */
    @Transactional
    public void tasksReassigned(EventEnvelope<TasksReassigned> e) {
        TasksReassigned r = e.payload();
        List<TaskReassigned> moved = (r.moves() == null ? List.<TaskMove>of() : r.moves()).stream()
                .map(m -> m.asTaskReassigned(r.householdId(), r.reason())).toList();
        List<OpenTask> tasks = reminders.tasksReassigned(r.householdId(), moved, e.occurredAt());
        Household h = directory.householdOrDefault(r.householdId());
        for (int i = 0; i < moved.size(); i++) {
            toldOfMove(moved.get(i), tasks.get(i), h, e.eventId() + ":" + moved.get(i).taskId());
        }
    }

    private void toldOfMove(TaskReassigned t, OpenTask task, Household h, String dedupeKey) {
        if (t.toMemberId() == null || t.reason() == ReassignReason.SUBSTITUTE || t.reason() == ReassignReason.REGENERATED) {
            return;
        }
        send(dedupeKey, h, t.toMemberId(), Kind.TASK_REASSIGNED, x -> x.taskReassigned(task.choreName(), task.date()),
                "#/dashboard");
    }

    @Transactional
    public void taskCompleted(EventEnvelope<TaskCompleted> e) {
        reminders.taskCompleted(e.payload(), e.occurredAt());
    }

    @Transactional
    public void taskReopened(EventEnvelope<TaskReopened> e) {
        reminders.taskReopened(e.payload(), e.occurredAt());
    }

    /** Overdue: the assignee. */
    @Transactional
    public void taskOverdue(EventEnvelope<TaskOverdue> e) {
        TaskOverdue t = e.payload();
        reminders.taskOverdue(t, e.occurredAt());
        if (t.assigneeMemberId() == null) {
            return;
        }
        Household h = directory.householdOrDefault(t.householdId());
        send(e, h, t.assigneeMemberId(), Kind.TASK_OVERDUE, x -> x.taskOverdue(t.choreName(), t.date(), t.dueAt()), "#/dashboard");
    }

    /** A new roster: everyone, with their own number of tasks. */
    @Transactional
    public void rosterPublished(EventEnvelope<RosterPublished> e) {
        RosterPublished r = e.payload();
        rosterMessages(e, r.householdId(), r.periodStart(), r.periodEnd(), r.shares());
    }

    /**
     * Version 2 carries the roster's assignments instead of a TaskAssigned each (docs/adr/0015): each gets its reminders
     * as that event would; each member hears of their chores of today and tomorrow in one message rather than one per
     * chore (docs/adr/0019), then everyone hears of the roster.
     */
    @Transactional
    public void rosterWithAssignments(EventEnvelope<RosterPublishedV2> e) {
        RosterPublishedV2 r = e.payload();
        List<TaskAssigned> assigned = (r.assignments() == null ? List.<RosterAssignment>of() : r.assignments()).stream()
                .map(a -> a.asTaskAssigned(r.householdId())).toList();
        reminders.tasksAssigned(r.householdId(), assigned, e.occurredAt());
        Household h = directory.householdOrDefault(r.householdId());
        Map<UUID, List<Texts.ChoreOnDay>> soonByMember = new LinkedHashMap<>();
        assigned.stream().filter(t -> toldAtOnce(t, h, e.occurredAt()))
                .sorted(Comparator.comparing(TaskAssigned::date)
                        .thenComparing(TaskAssigned::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(t -> soonByMember.computeIfAbsent(t.assigneeMemberId(), k -> new ArrayList<>())
                        .add(new Texts.ChoreOnDay(t.choreName(), t.date(), t.dueAt())));
        soonByMember.forEach((member, chores) -> send(e.eventId() + ":assigned", h, member, Kind.TASK_ASSIGNED,
                x -> x.tasksAssigned(chores), "#/dashboard"));
        rosterMessages(e, r.householdId(), r.periodStart(), r.periodEnd(), r.shares());
    }

    private void rosterMessages(EventEnvelope<?> e, UUID householdId, LocalDate start, LocalDate end, List<RosterShare> shares) {
        Household h = directory.householdOrDefault(householdId);
        for (Member m : directory.activeMembers(householdId)) {
            int mine = shares == null ? 0 : shares.stream().filter(s -> m.id().equals(s.memberId()))
                    .mapToInt(RosterShare::taskCount).sum();
            send(e, h, m.id(), Kind.ROSTER_PUBLISHED, x -> x.rosterPublished(start, end, mine), "#/dashboard");
        }
    }

    /** A substitute is wanted: every other active member (not the requester); the dashboard's board takes it over. */
    @Transactional
    public void substituteRequested(EventEnvelope<SubstituteRequested> e) {
        SubstituteRequested s = e.payload();
        requests.remember(s.householdId(), s.requestId(), "SUBSTITUTE", s.requesterMemberId(), s.choreName(), s.taskId(),
                e.occurredAt());
        Household h = directory.householdOrDefault(s.householdId());
        String requester = name(s.householdId(), s.requesterMemberId(), h);
        for (Member m : directory.activeMembers(s.householdId())) {
            if (!m.id().equals(s.requesterMemberId())) {
                send(e, h, m.id(), Kind.SUBSTITUTE_REQUESTED,
                        x -> x.substituteRequested(requester, s.choreName(), s.date(), s.note()), "#/dashboard");
            }
        }
    }

    /** The outcome: the requester. */
    @Transactional
    public void substituteAccepted(EventEnvelope<SubstituteAccepted> e) {
        SubstituteAccepted s = e.payload();
        Household h = directory.householdOrDefault(s.householdId());
        Requests.Request request = requests.find(s.householdId(), s.requestId()).orElse(null);
        String chore = request != null ? request.subject()
                : reminders.task(s.householdId(), s.taskId()).map(OpenTask::choreName).orElse(null);
        LocalDate date = reminders.task(s.householdId(), s.taskId()).map(OpenTask::date).orElse(null);
        String substitute = name(s.householdId(), s.substituteMemberId(), h);
        send(e, h, s.requesterMemberId(), Kind.SUBSTITUTE_ACCEPTED, x -> x.substituteAccepted(substitute, chore, date),
                "#/substitutes");
    }

    /** Closed without a taker: the requester (known from the request this service remembered). */
    @Transactional
    public void substituteClosed(EventEnvelope<SubstituteClosed> e) {
        SubstituteClosed s = e.payload();
        Household h = directory.householdOrDefault(s.householdId());
        requests.find(s.householdId(), s.requestId()).filter(r -> r.requesterMemberId() != null).ifPresent(r ->
                send(e, h, r.requesterMemberId(), Kind.SUBSTITUTE_CLOSED,
                        x -> x.substituteClosed(r.subject(), s.reason().name()), "#/substitutes"));
    }

    // --- inventory-service ---

    /** Stock running low: the admins. */
    @Transactional
    public void stockBelowMinimum(EventEnvelope<StockBelowMinimum> e) {
        StockBelowMinimum s = e.payload();
        Household h = directory.householdOrDefault(s.householdId());
        admins(e, h, Kind.STOCK_LOW, x -> x.stockLow(s.name(), s.quantity(), s.minimum(), s.unit()), "#/stock");
    }

    /** Maintenance due: the admins. */
    @Transactional
    public void maintenanceDue(EventEnvelope<MaintenanceDue> e) {
        MaintenanceDue m = e.payload();
        Household h = directory.householdOrDefault(m.householdId());
        admins(e, h, Kind.MAINTENANCE_DUE, x -> x.maintenanceDue(m.equipmentName(), m.taskName(), m.dueDate()), "#/maintenance");
    }

    // --- shopping-service ---

    /** An approval is wanted: the admins; the requester is remembered for the outcome. */
    @Transactional
    public void approvalRequested(EventEnvelope<ShoppingItemApprovalRequested> e) {
        ShoppingItemApprovalRequested s = e.payload();
        requests.remember(s.householdId(), s.itemId(), "SHOPPING", s.requestedByMemberId(), s.name(), null, e.occurredAt());
        Household h = directory.householdOrDefault(s.householdId());
        String requester = name(s.householdId(), s.requestedByMemberId(), h);
        admins(e, h, Kind.SHOPPING_APPROVAL_REQUESTED, x -> x.approvalRequested(requester, s.name()), "#/shopping");
    }

    /** Approved: the member who asked. */
    @Transactional
    public void approved(EventEnvelope<ShoppingItemApproved> e) {
        ShoppingItemApproved s = e.payload();
        Household h = directory.householdOrDefault(s.householdId());
        requests.find(s.householdId(), s.itemId()).filter(r -> r.requesterMemberId() != null).ifPresent(r ->
                send(e, h, r.requesterMemberId(), Kind.SHOPPING_APPROVED, x -> x.approved(s.name()), "#/shopping"));
    }

    /** Rejected: the member who asked. */
    @Transactional
    public void rejected(EventEnvelope<ShoppingItemRejected> e) {
        ShoppingItemRejected s = e.payload();
        Household h = directory.householdOrDefault(s.householdId());
        requests.find(s.householdId(), s.itemId()).filter(r -> r.requesterMemberId() != null).ifPresent(r ->
                send(e, h, r.requesterMemberId(), Kind.SHOPPING_REJECTED, x -> x.rejected(s.name(), s.reason()), "#/shopping"));
    }

    // --- weather-service ---

    /** Weather advice: everyone (opting in per member comes with the preferences). */
    @Transactional
    public void weather(EventEnvelope<WeatherRecommendationIssued> e) {
        WeatherRecommendationIssued w = e.payload();
        Household h = directory.householdOrDefault(w.householdId());
        for (Member m : directory.activeMembers(w.householdId())) {
            send(e, h, m.id(), Kind.WEATHER, x -> x.weather(w.headline(), w.date(), w.precipitationPercent(),
                    w.temperatureMaxC(), w.temperatureMinC()), "#/dashboard");
        }
    }

    // --- helpers ---

    private void admins(EventEnvelope<?> e, Household h, Kind kind, java.util.function.Function<Texts, Text> text, String link) {
        directory.activeMembers(h.id()).stream().filter(Member::isAdmin)
                .forEach(m -> send(e, h, m.id(), kind, text, link));
    }

    private void send(EventEnvelope<?> e, Household h, UUID member, Kind kind, java.util.function.Function<Texts, Text> text,
                      String link) {
        send(e.eventId().toString(), h, member, kind, text, link);
    }

    /** {@code dedupeKey}: the causing event, or the event and the part of it, when one event says several things. */
    private void send(String dedupeKey, Household h, UUID member, Kind kind, java.util.function.Function<Texts, Text> text,
                      String link) {
        if (member == null || directory.member(h.id(), member).map(m -> !m.active()).orElse(false)) {
            return;
        }
        Texts texts = Texts.of(h.language(), h.zone());
        notifier.send(h.id(), member, kind, text.apply(texts), link, dedupeKey);
    }

    private String name(UUID householdId, UUID memberId, Household h) {
        return directory.member(householdId, memberId).map(Member::displayName)
                .orElse(h.language().getLanguage().equals("en") ? "Someone" : "家族の誰か");
    }
}
