package jp.kajimaru.shopping.item;

/** PENDING waits for an admin; OPEN is on the list; PURCHASED is in the history; REJECTED was refused. */
public enum ItemStatus {
    PENDING,
    OPEN,
    PURCHASED,
    REJECTED;

    /** Pending and open items are "on the list": one per name and per stock item. */
    boolean onList() {
        return this == PENDING || this == OPEN;
    }
}
