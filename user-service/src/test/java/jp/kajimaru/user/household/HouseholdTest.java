package jp.kajimaru.user.household;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.events.user.HouseholdUpdated;
import jp.kajimaru.events.user.RotationUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A household's setting rules without Spring or a database. */
class HouseholdTest {

    static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");

    static HouseholdPatch patch(String name, String timeZone, String label, BigDecimal latitude) {
        return new HouseholdPatch(name, timeZone, null, label, latitude, null, null, null, null);
    }

    @Test
    void defaultsAreTokyoWeeklyAndFifteenMinutes() {
        Household h = Household.createDefault("  Tanaka ", null, T0);
        assertThat(h.name()).isEqualTo("Tanaka");
        assertThat(h.locale()).isEqualTo("ja");
        assertThat(h.timeZone()).isEqualTo("Asia/Tokyo");
        assertThat(h.idleTimeoutMinutes()).isEqualTo(Household.DEFAULT_IDLE_TIMEOUT_MINUTES);
        assertThat(h.rotationUnit()).isEqualTo(RotationUnit.WEEKLY);
        UUID admin = UUID.randomUUID();
        assertThat(h.created(admin).adminMemberId()).isEqualTo(admin);
    }

    @Test
    void changesAreAppliedAndAnnouncedAbsentOnesKept() {
        Household h = Household.createDefault("Tanaka", "en", T0);
        HouseholdUpdated updated = h.change(patch(" Sato ", "Europe/London", null, new BigDecimal("51.5007292")));
        assertThat(updated.name()).isEqualTo("Sato");
        assertThat(updated.timeZone()).isEqualTo("Europe/London");
        assertThat(updated.locale()).isEqualTo("en");
        assertThat(h.latitude()).isEqualByComparingTo("51.50073");
        assertThat(h.latitude().scale()).isEqualTo(5);
        assertThat(updated.location().label()).isEqualTo("東京");
    }

    @Test
    void unknownZonesAndBlankNamesOrPlacesAreFieldErrorsAndChangeNothing() {
        Household h = Household.createDefault("Tanaka", "ja", T0);
        assertThatThrownBy(() -> h.change(patch(null, "Mars/Olympus", null, null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("timeZone"));
        assertThatThrownBy(() -> h.change(patch("   ", null, null, null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> h.change(patch("New", null, " ", null)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("locationLabel"));
        assertThat(h.name()).isEqualTo("Tanaka");
        assertThat(h.timeZone()).isEqualTo("Asia/Tokyo");
    }

    @Test
    void aCityPresetIsAnnouncedWithItsNameInTheHouseholdsLanguageAndItsCoordinates() {
        Household h = Household.createDefault("Tanaka", "ja", T0);
        HouseholdPatch toOsakaInEnglish = new HouseholdPatch(null, null, "en", null, null, null, null, null, null,
                new LocationPatch("osaka", null, null, null));
        HouseholdUpdated updated = h.change(toOsakaInEnglish);
        assertThat(updated.location().label()).isEqualTo("Osaka");
        assertThat(updated.location().latitude()).isEqualTo(34.6937);
        assertThat(updated.location().longitude()).isEqualTo(135.5023);
        assertThatThrownBy(() -> h.change(new HouseholdPatch(null, null, null, null, null, null, null, null, null,
                new LocationPatch("osakaa", null, null, null))))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("location.city"));
        assertThat(h.locationLabel()).isEqualTo("Osaka");
    }
}
