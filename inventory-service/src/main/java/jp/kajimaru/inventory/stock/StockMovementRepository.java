package jp.kajimaru.inventory.stock;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StockMovementRepository extends JpaRepository<StockMovement, UUID> {

    Page<StockMovement> findByHouseholdIdAndStockItemIdOrderBySeqDesc(UUID householdId, UUID stockItemId,
                                                                                 Pageable page);

    long countByHouseholdIdAndStockItemId(UUID householdId, UUID stockItemId);
}
