package jp.kajimaru.events.shopping;

/** Whether a member added the item or it came from a low-stock signal. */
public enum ItemSource {
    MANUAL,
    STOCK
}
