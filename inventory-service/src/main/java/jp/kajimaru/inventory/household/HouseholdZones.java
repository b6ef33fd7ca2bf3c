package jp.kajimaru.inventory.household;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which day it is in a household. Until its HouseholdCreated has arrived, a household is taken to be in Tokyo
 * (the product's home zone); the replica follows HouseholdCreated and HouseholdUpdated.
 */
@Service
public class HouseholdZones {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tokyo");
    /** The zone whose day starts first: no household anywhere is already on a later day. */
    public static final ZoneId EARLIEST = ZoneOffset.ofHours(14);

    private final HouseholdRepository households;
    private final Clock clock;

    HouseholdZones(HouseholdRepository households, Clock clock) {
        this.households = households;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ZoneId zoneOf(UUID householdId) {
        return households.findById(householdId).map(Household::zone).orElse(DEFAULT_ZONE);
    }

    @Transactional(readOnly = true)
    public Map<UUID, ZoneId> zonesOf(Collection<UUID> householdIds) {
        return households.findByIdIn(householdIds).stream().collect(Collectors.toMap(Household::id, Household::zone));
    }

    public LocalDate today(UUID householdId) {
        return LocalDate.now(clock.withZone(zoneOf(householdId)));
    }

    public LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The latest date that is "today" somewhere on earth right now. */
    public LocalDate latestToday() {
        return LocalDate.now(clock.withZone(EARLIEST));
    }

    @Transactional
    public void announce(UUID householdId, String timeZone, Instant at) {
        String zone;
        try {
            zone = ZoneId.of(timeZone).getId();
        } catch (DateTimeException | NullPointerException bad) {
            zone = DEFAULT_ZONE.getId();
        }
        String z = zone;
        households.findById(householdId).ifPresentOrElse(h -> h.update(z, at),
                () -> households.save(new Household(householdId, z, at)));
    }
}
