package jp.kajimaru.user.household;

import java.math.BigDecimal;
import java.util.UUID;

import jp.kajimaru.events.user.RotationUnit;

/** A family's settings. Defaults follow SPEC §1: Tokyo, Japanese, weekly rotation, 15 min idle timeout. */
public record Household(UUID id, String name, String timeZone, String locale, String locationLabel,
                        BigDecimal latitude, BigDecimal longitude, int idleTimeoutMinutes, RotationUnit rotationUnit,
                        boolean shoppingApprovalRequired) {

    public static final int DEFAULT_IDLE_TIMEOUT_MINUTES = 15;

    public static Household createDefault(String name, String locale) {
        return new Household(UUID.randomUUID(), name, "Asia/Tokyo", locale == null ? "ja" : locale, "東京",
                new BigDecimal("35.68950"), new BigDecimal("139.69171"), DEFAULT_IDLE_TIMEOUT_MINUTES, RotationUnit.WEEKLY, false);
    }
}
