package jp.kajimaru.inventory.stock;

/** The stock categories of SPEC §7; StockBelowMinimum carries the name (e.g. {@code DAILY_GOODS}). */
public enum StockCategory {
    DAILY_GOODS,
    HYGIENE,
    KITCHEN,
    CLEANING,
    LAUNDRY,
    FOOD,
    OTHER
}
