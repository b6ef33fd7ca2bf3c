package jp.kajimaru.weather.household;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HouseholdTest {

    private static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void withoutALocationAHouseholdIsInTokyo() {
        Household h = Household.replicate(UUID.randomUUID(), new Household.Settings("Asia/Tokyo", "ja", null, null, null), T0);
        assertThat(h.locationLabel()).isEqualTo("東京");
        assertThat(h.latitude()).isEqualByComparingTo("35.6895");
        assertThat(h.longitude()).isEqualByComparingTo("139.6917");
        assertThat(h.locationKey()).isEqualTo(new LocationKey(new BigDecimal("35.69"), new BigDecimal("139.69"), "Asia/Tokyo"));
    }

    @Test
    void anUnknownZoneOrImpossibleCoordinatesFallBackToTokyo() {
        Household h = Household.replicate(UUID.randomUUID(), new Household.Settings("Mars/Olympus", null, "Far", 91.0, 200.0), T0);
        assertThat(h.zone().getId()).isEqualTo("Asia/Tokyo");
        assertThat(h.locale()).isEqualTo("ja");
        assertThat(h.latitude()).isEqualByComparingTo("35.6895");
    }

    @Test
    void aLateOlderEventChangesNothing() {
        Household h = Household.replicate(UUID.randomUUID(), new Household.Settings("Asia/Tokyo", "ja", "大阪", 34.6937, 135.5023), T0);
        assertThat(h.update(new Household.Settings("Asia/Tokyo", "en", "Sapporo", 43.0642, 141.3469), T0.plusSeconds(60))).isTrue();
        assertThat(h.update(new Household.Settings("Asia/Tokyo", "ja", "大阪", 34.6937, 135.5023), T0.plusSeconds(30))).isFalse();
        assertThat(h.locationLabel()).isEqualTo("Sapporo");
        assertThat(h.locale()).isEqualTo("en");
        assertThat(h.locationKey().latitude()).isEqualByComparingTo("43.06");
    }

    @Test
    void neighboursShareAKeyAndTheZoneIsPartOfIt() {
        LocationKey a = LocationKey.of(new BigDecimal("35.68950"), new BigDecimal("139.69171"), "Asia/Tokyo");
        LocationKey b = LocationKey.of(new BigDecimal("35.69380"), new BigDecimal("139.69200"), "Asia/Tokyo");
        LocationKey c = LocationKey.of(new BigDecimal("35.69380"), new BigDecimal("139.69200"), "UTC");
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }
}
