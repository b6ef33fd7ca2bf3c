package jp.kajimaru.inventory.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a stock item's quantity: what, by how much, to what, who and when. Never changed afterwards. */
@Entity
@Table(name = "stock_movements")
public class StockMovement {

    @Id
    private UUID id;

    /** Filled in by the database (insertion order); not read back after an insert. */
    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(name = "stock_item_id", nullable = false)
    private UUID stockItemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MovementKind kind;

    @Column(nullable = false)
    private BigDecimal delta;

    @Column(name = "quantity_after", nullable = false)
    private BigDecimal quantityAfter;

    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "source_ref")
    private String sourceRef;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected StockMovement() {
    }

    StockMovement(UUID householdId, UUID stockItemId, MovementKind kind, BigDecimal delta, BigDecimal quantityAfter,
                  UUID memberId, String sourceRef, Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.householdId = householdId;
        this.stockItemId = stockItemId;
        this.kind = kind;
        this.delta = delta;
        this.quantityAfter = quantityAfter;
        this.memberId = memberId;
        this.sourceRef = sourceRef;
        this.occurredAt = occurredAt;
    }

    public UUID id() {
        return id;
    }

    public UUID stockItemId() {
        return stockItemId;
    }

    public MovementKind kind() {
        return kind;
    }

    public BigDecimal delta() {
        return delta;
    }

    public BigDecimal quantityAfter() {
        return quantityAfter;
    }

    public UUID memberId() {
        return memberId;
    }

    public String sourceRef() {
        return sourceRef;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
