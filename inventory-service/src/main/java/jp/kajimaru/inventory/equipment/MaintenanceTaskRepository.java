package jp.kajimaru.inventory.equipment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MaintenanceTaskRepository extends JpaRepository<MaintenanceTask, UUID> {

    @Query("select t from MaintenanceTask t join fetch t.equipment where t.id = :id and t.householdId = :householdId")
    Optional<MaintenanceTask> findByIdAndHouseholdId(@Param("id") UUID id, @Param("householdId") UUID householdId);

    /** For an event handler: waits for a request changing the same row instead of failing on its version. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from MaintenanceTask t join fetch t.equipment where t.id = :id and t.householdId = :householdId")
    Optional<MaintenanceTask> lockByIdAndHouseholdId(@Param("id") UUID id, @Param("householdId") UUID householdId);

    /** Every task of the household with its equipment, in one query, soonest due first. */
    @Query("select t from MaintenanceTask t join fetch t.equipment where t.householdId = :householdId "
            + "order by t.nextDueOn, t.name")
    List<MaintenanceTask> findAllOfHousehold(@Param("householdId") UUID householdId);

    @Query("select t from MaintenanceTask t join fetch t.equipment where t.householdId = :householdId "
            + "and t.equipment.id = :equipmentId order by t.nextDueOn, t.name")
    List<MaintenanceTask> findByEquipment(@Param("householdId") UUID householdId, @Param("equipmentId") UUID equipmentId);

    /** Upcoming (in the lead window) or overdue on {@code today}, soonest due first. */
    @Query("select t from MaintenanceTask t join fetch t.equipment where t.householdId = :householdId "
            + "and t.notifyOn <= :today order by t.nextDueOn, t.name")
    List<MaintenanceTask> findUpcoming(@Param("householdId") UUID householdId, @Param("today") LocalDate today);

    /**
     * The due scan across households (the one read not scoped by a household): tasks whose MaintenanceDue has not
     * gone out and whose lead window has opened somewhere on earth; each is reloaded in its own household.
     */
    @Query("select new jp.kajimaru.inventory.equipment.MaintenanceTaskRepository$Due(t.id, t.householdId) "
            + "from MaintenanceTask t where t.dueNotified = false and t.notifyOn <= :latestToday")
    List<Due> findDueCandidates(@Param("latestToday") LocalDate latestToday);

    record Due(UUID id, UUID householdId) {
    }
}
