package jp.kajimaru.shopping.item;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ShoppingItemRepository extends JpaRepository<ShoppingItem, UUID> {

    Optional<ShoppingItem> findByIdAndHouseholdId(UUID id, UUID householdId);

    /** The item on the list (pending or open) with this name key, if any. */
    Optional<ShoppingItem> findByHouseholdIdAndOpenNameKey(UUID householdId, String openNameKey);

    /** The item on the list (pending or open) for this stock item, if any. */
    Optional<ShoppingItem> findByHouseholdIdAndOpenStockKey(UUID householdId, UUID openStockKey);

    List<ShoppingItem> findByHouseholdIdAndStatusInOrderByAddedAtAscIdAsc(UUID householdId, Collection<ItemStatus> statuses);

    List<ShoppingItem> findTop50ByHouseholdIdAndStatusOrderByPurchasedAtDescIdDesc(UUID householdId, ItemStatus status);

    List<ShoppingItem> findTop50ByHouseholdIdAndStatusOrderByDecidedAtDescIdDesc(UUID householdId, ItemStatus status);

    /** Purchases whose name key contains {@code key} (LIKE wildcards in it are escaped). */
    Page<ShoppingItem> findByHouseholdIdAndStatusAndNameKeyContaining(UUID householdId, ItemStatus status, String key,
                                                                     Pageable page);
}
