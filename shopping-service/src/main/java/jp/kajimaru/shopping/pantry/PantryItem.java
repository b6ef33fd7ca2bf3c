package jp.kajimaru.shopping.pantry;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.kajimaru.messaging.jpa.AssignedIdEntity;

/** A stock item of a household's pantry, as inventory-service announced it: only its id and whose it is. */
@Entity
@Table(name = "pantry_items")
public class PantryItem extends AssignedIdEntity<UUID> {

    @Id
    private UUID id;
    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    protected PantryItem() {
    }

    PantryItem(UUID id, UUID householdId) {
        this.id = id;
        this.householdId = householdId;
        markNew();
    }

    @Override
    public UUID getId() {
        return id;
    }
}
