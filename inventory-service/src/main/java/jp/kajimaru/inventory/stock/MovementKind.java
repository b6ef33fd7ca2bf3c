package jp.kajimaru.inventory.stock;

/** Why a stock quantity moved. */
public enum MovementKind {
    /** The quantity the item was created with. */
    INITIAL,
    CONSUME,
    RESTOCK,
    /** Restocked because a linked shopping item was bought. */
    PURCHASE,
    /** Set to a counted quantity by hand. */
    ADJUST
}
