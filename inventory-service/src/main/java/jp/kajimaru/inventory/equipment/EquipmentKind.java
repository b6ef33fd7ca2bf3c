package jp.kajimaru.inventory.equipment;

/** 家電 (an appliance) or 設備 (part of the home: bath, gutters, water heater, ...). */
public enum EquipmentKind {
    APPLIANCE,
    FACILITY
}
