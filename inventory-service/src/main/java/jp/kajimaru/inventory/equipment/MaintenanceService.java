package jp.kajimaru.inventory.equipment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.kajimaru.domain.ForbiddenException;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.events.inventory.MaintenanceDue;
import jp.kajimaru.inventory.household.HouseholdZones;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.web.security.CurrentMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Equipment and its maintenance: load → rule on the entity → save → outbox, in one transaction. */
@Service
public class MaintenanceService {

    private static final Logger log = LoggerFactory.getLogger(MaintenanceService.class);
    static final String CHILD = "CHILD";

    private final EquipmentRepository equipment;
    private final MaintenanceTaskRepository tasks;
    private final OutboxWriter outbox;
    private final HouseholdZones zones;
    private final Clock clock;
    private final TransactionTemplate tx;

    MaintenanceService(EquipmentRepository equipment, MaintenanceTaskRepository tasks, OutboxWriter outbox,
                       HouseholdZones zones, Clock clock, PlatformTransactionManager txManager) {
        this.equipment = equipment;
        this.tasks = tasks;
        this.outbox = outbox;
        this.zones = zones;
        this.clock = clock;
        this.tx = new TransactionTemplate(txManager);
    }

    /** Every piece of equipment with its tasks: two queries, whatever the count. */
    @Transactional(readOnly = true)
    public List<EquipmentViews.EquipmentView> listEquipment(CurrentMember member) {
        LocalDate today = zones.today(member.householdId());
        Map<UUID, List<MaintenanceTask>> byEquipment = tasks.findAllOfHousehold(member.householdId()).stream()
                .collect(Collectors.groupingBy(t -> t.equipment().id()));
        return equipment.findByHouseholdIdOrderByNameAsc(member.householdId()).stream()
                .map(e -> view(e, byEquipment.getOrDefault(e.id(), List.of()), today)).toList();
    }

    @Transactional(readOnly = true)
    public EquipmentViews.EquipmentView getEquipment(CurrentMember member, UUID id) {
        Equipment e = loadEquipment(member.householdId(), id);
        return view(e, tasks.findByEquipment(member.householdId(), id), zones.today(member.householdId()));
    }

    @Transactional
    public EquipmentViews.EquipmentView createEquipment(CurrentMember member, EquipmentRequests.EquipmentRequest request) {
        requireAdult(member);
        LocalDate today = zones.today(member.householdId());
        Equipment e = equipment.saveAndFlush(Equipment.create(member.householdId(), request.details(), today, clock));
        return view(e, List.of(), today);
    }

    @Transactional
    public EquipmentViews.EquipmentView editEquipment(CurrentMember member, UUID id, EquipmentRequests.EquipmentRequest request) {
        requireAdult(member);
        LocalDate today = zones.today(member.householdId());
        Equipment e = loadEquipment(member.householdId(), id);
        if (request.version() != null && !Objects.equals(request.version(), e.version())) {
            throw new OptimisticLockingFailureException("equipment " + id + " is at version " + e.version());
        }
        e.edit(request.details(), today, clock);
        equipment.saveAndFlush(e);
        return view(e, tasks.findByEquipment(member.householdId(), id), today);
    }

    /** Admins only; its maintenance tasks go with it. */
    @Transactional
    public void deleteEquipment(CurrentMember member, UUID id) {
        member.requireAdmin();
        Equipment e = loadEquipment(member.householdId(), id);
        tasks.deleteAll(tasks.findByEquipment(member.householdId(), id));
        equipment.delete(e);
    }

    @Transactional(readOnly = true)
    public List<EquipmentViews.TaskView> tasksOf(CurrentMember member, UUID equipmentId) {
        loadEquipment(member.householdId(), equipmentId);
        LocalDate today = zones.today(member.householdId());
        return tasks.findByEquipment(member.householdId(), equipmentId).stream()
                .map(t -> EquipmentViews.TaskView.of(t, today)).toList();
    }

    /** Adds a task; one that is already inside its lead window is announced at once. */
    @Transactional
    public EquipmentViews.TaskView addTask(CurrentMember member, UUID equipmentId, EquipmentRequests.TaskRequest request) {
        requireAdult(member);
        LocalDate today = zones.today(member.householdId());
        Equipment e = loadEquipment(member.householdId(), equipmentId);
        MaintenanceTask task = MaintenanceTask.create(e, request.details(), today, clock);
        MaintenanceDue due = task.dueCheck(today);
        tasks.saveAndFlush(task);
        if (due != null) {
            outbox.publish(task.id().toString(), due);
        }
        return EquipmentViews.TaskView.of(task, today);
    }

    /** {@code upcomingOnly}: inside the lead window or overdue. Soonest due first. */
    @Transactional(readOnly = true)
    public List<EquipmentViews.TaskView> maintenance(CurrentMember member, boolean upcomingOnly) {
        LocalDate today = zones.today(member.householdId());
        List<MaintenanceTask> found = upcomingOnly ? tasks.findUpcoming(member.householdId(), today)
                : tasks.findAllOfHousehold(member.householdId());
        return found.stream().map(t -> EquipmentViews.TaskView.of(t, today)).toList();
    }

    /** "Mark done" by hand: MaintenanceDone (rotation closes the open chore), next due rolled. */
    @Transactional
    public EquipmentViews.TaskView markDone(CurrentMember member, UUID taskId, LocalDate doneOn) {
        LocalDate today = zones.today(member.householdId());
        MaintenanceTask task = tasks.findByIdAndHouseholdId(taskId, member.householdId())
                .orElseThrow(() -> new NotFoundException("Maintenance task"));
        done(task, doneOn == null ? today : doneOn, member.memberId(), today);
        return EquipmentViews.TaskView.of(task, today);
    }

    /** Name, interval, lead time, weight; {@code version} as read, or 409. A task now inside its lead window is announced. */
    @Transactional
    public EquipmentViews.TaskView editTask(CurrentMember member, UUID taskId, EquipmentRequests.TaskRequest request,
                                            Long version) {
        requireAdult(member);
        LocalDate today = zones.today(member.householdId());
        MaintenanceTask task = tasks.findByIdAndHouseholdId(taskId, member.householdId())
                .orElseThrow(() -> new NotFoundException("Maintenance task"));
        if (version != null && !Objects.equals(version, task.version())) {
            throw new OptimisticLockingFailureException("maintenance task " + taskId + " is at version " + task.version());
        }
        task.edit(request.details(), today, clock);
        MaintenanceDue due = task.dueCheck(today);
        tasks.saveAndFlush(task);
        if (due != null) {
            outbox.publish(task.id().toString(), due);
        }
        return EquipmentViews.TaskView.of(task, today);
    }

    /** Admins only. */
    @Transactional
    public void deleteTask(CurrentMember member, UUID taskId) {
        member.requireAdmin();
        tasks.delete(tasks.findByIdAndHouseholdId(taskId, member.householdId())
                .orElseThrow(() -> new NotFoundException("Maintenance task")));
    }

    /**
     * The rotation's chore for an announced cycle was completed: record it as done (on the day it was completed, in
     * the household's zone) and roll the due date. Ignored when the task is gone, belongs to another household, or
     * the cycle was already closed (marked done by hand first): the chore closes that cycle, never the next one.
     */
    @Transactional
    public void completeFromChore(UUID householdId, UUID taskId, UUID completedBy, Instant completedAt) {
        tasks.lockByIdAndHouseholdId(taskId, householdId).ifPresentOrElse(task -> {
            if (!task.awaitingDone()) {
                log.info("Chore for maintenance task {} completed, but no announced cycle is open; nothing to close", taskId);
                return;
            }
            LocalDate today = zones.today(householdId);
            LocalDate doneOn = completedAt == null ? today
                    : min(completedAt.atZone(zones.zoneOf(householdId)).toLocalDate(), today);
            try {
                done(task, doneOn, completedBy, today);
            } catch (InvalidFieldException impossible) {
                log.warn("Chore completion for maintenance task {} on {} not recorded: {}", taskId, doneOn,
                        impossible.getMessage());
            }
        }, () -> log.info("A completed chore names maintenance task {}, which household {} does not have", taskId,
                householdId));
    }

    /**
     * The due scan: MaintenanceDue once per due date for every task whose lead window has opened in its household's
     * today. Each task in its own transaction; {@code dueNotified} and {@code @Version} keep a second replica
     * scanning at the same time from sending it again. Returns how many went out.
     */
    public int announceDue() {
        List<MaintenanceTaskRepository.Due> due = tasks.findDueCandidates(zones.latestToday());
        if (due.isEmpty()) {
            return 0;
        }
        Map<UUID, ZoneId> zoneOf = zones.zonesOf(due.stream().map(MaintenanceTaskRepository.Due::householdId).distinct().toList());
        int announced = 0;
        for (MaintenanceTaskRepository.Due d : due) {
            LocalDate today = zones.today(zoneOf.getOrDefault(d.householdId(), HouseholdZones.DEFAULT_ZONE));
            try {
                Boolean sent = tx.execute(s -> tasks.findByIdAndHouseholdId(d.id(), d.householdId()).map(task -> {
                    MaintenanceDue event = task.dueCheck(today);
                    if (event == null) {
                        return false;
                    }
                    tasks.saveAndFlush(task);
                    outbox.publish(task.id().toString(), event);
                    return true;
                }).orElse(false));
                announced += Boolean.TRUE.equals(sent) ? 1 : 0;
            } catch (OptimisticLockingFailureException meanwhile) {
                log.debug("Maintenance task {} changed during the due scan; the next scan looks again", d.id());
            }
        }
        return announced;
    }

    private void done(MaintenanceTask task, LocalDate doneOn, UUID by, LocalDate today) {
        var event = task.markDone(doneOn, by, today, clock);
        // A short interval can open the next cycle's lead window at once.
        MaintenanceDue next = task.dueCheck(today);
        tasks.saveAndFlush(task);
        outbox.publish(task.id().toString(), event);
        if (next != null) {
            outbox.publish(task.id().toString(), next);
        }
    }

    private EquipmentViews.EquipmentView view(Equipment e, List<MaintenanceTask> its, LocalDate today) {
        List<EquipmentViews.TaskView> views = its.stream().map(t -> EquipmentViews.TaskView.of(t, today)).toList();
        LocalDate nextDue = its.stream().map(MaintenanceTask::nextDueOn).min(Comparator.naturalOrder()).orElse(null);
        return new EquipmentViews.EquipmentView(e.id(), e.kind(), e.name(), e.location(), e.installedOn(),
                e.ageInMonths(today), nextDue, its.size(), e.version(), views);
    }

    private Equipment loadEquipment(UUID householdId, UUID id) {
        return equipment.findByIdAndHouseholdId(id, householdId).orElseThrow(() -> new NotFoundException("Equipment"));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static void requireAdult(CurrentMember member) {
        if (CHILD.equals(member.role())) {
            throw new ForbiddenException("Children can mark maintenance done but not set it up.");
        }
    }
}
