package jp.kajimaru.rotation.assignment;

/** Ordered from least to most: a chore's minimum role of MEMBER excludes children. */
public enum Role { CHILD, MEMBER, ADMIN }
