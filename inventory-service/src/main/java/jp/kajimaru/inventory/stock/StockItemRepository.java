package jp.kajimaru.inventory.stock;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StockItemRepository extends JpaRepository<StockItem, UUID> {

    Optional<StockItem> findByIdAndHouseholdId(UUID id, UUID householdId);

    /** For an event handler: waits for a request changing the same row instead of failing on its version. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from StockItem s where s.id = :id and s.householdId = :householdId")
    Optional<StockItem> lockByIdAndHouseholdId(@Param("id") UUID id, @Param("householdId") UUID householdId);

    List<StockItem> findByHouseholdIdOrderByCategoryAscNameAsc(UUID householdId);

    /**
     * The consumption-period scan across households (the one read not scoped by a household): items not yet
     * announced as low whose period runs out by {@code latestToday}; each is then reloaded in its own household.
     */
    @Query("select new jp.kajimaru.inventory.stock.StockItemRepository$Due(s.id, s.householdId) from StockItem s "
            + "where s.lowSignalled = false and s.periodSignalOn <= :latestToday")
    List<Due> findPeriodRunOutCandidates(@Param("latestToday") LocalDate latestToday);

    record Due(UUID id, UUID householdId) {
    }
}
