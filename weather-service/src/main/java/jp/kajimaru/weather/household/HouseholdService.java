package jp.kajimaru.weather.household;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.HouseholdUpdated;
import jp.kajimaru.events.user.Location;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the household replica from user-service's events. */
@Service
public class HouseholdService {

    private final HouseholdRepository households;

    HouseholdService(HouseholdRepository households) {
        this.households = households;
    }

    @Transactional
    public void created(HouseholdCreated e, Instant occurredAt) {
        apply(e.householdId(), settings(e.timeZone(), e.locale(), e.location()), occurredAt);
    }

    @Transactional
    public void updated(HouseholdUpdated e, Instant occurredAt) {
        apply(e.householdId(), settings(e.timeZone(), e.locale(), e.location()), occurredAt);
    }

    private void apply(UUID id, Household.Settings settings, Instant occurredAt) {
        households.findById(id).ifPresentOrElse(h -> h.update(settings, occurredAt),
                () -> households.save(Household.replicate(id, settings, occurredAt)));
    }

    /** The caller's household as known here, or Tokyo when no event has arrived yet. */
    @Transactional(readOnly = true)
    public Household find(UUID householdId) {
        return households.findById(householdId).orElseGet(() -> Household.unknown(householdId));
    }

    @Transactional(readOnly = true)
    public List<Household> all() {
        return households.findAll();
    }

    private static Household.Settings settings(String zone, String locale, Location location) {
        return location == null ? new Household.Settings(zone, locale, null, null, null)
                : new Household.Settings(zone, locale, location.label(), location.latitude(), location.longitude());
    }
}
