package jp.kajimaru.user.household;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.ZoneId;

import jp.kajimaru.events.user.HouseholdUpdated;
import jp.kajimaru.events.user.Location;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class HouseholdService {

    private final HouseholdRepository households;
    private final OutboxWriter outbox;

    HouseholdService(HouseholdRepository households, OutboxWriter outbox) {
        this.households = households;
        this.outbox = outbox;
    }

    @Transactional(readOnly = true)
    public Household current(CurrentMember caller) {
        return households.find(caller.householdId()).orElseThrow(() -> new NotFoundException("Household"));
    }

    @Transactional
    public Household update(CurrentMember caller, HouseholdPatch p) {
        caller.requireAdmin();
        Household h = current(caller);
        if (p.timeZone() != null) {
            try {
                ZoneId.of(p.timeZone());
            } catch (DateTimeException e) {
                throw new InvalidFieldException("timeZone", "household.timeZone", "Unknown time zone.");
            }
        }
        String name = or(p.name(), h.name()).strip();
        if (name.isEmpty()) {
            throw new InvalidFieldException("name", "household.nameBlank", "The household name must not be blank.");
        }
        String label = or(p.locationLabel(), h.locationLabel()).strip();
        if (label.isEmpty()) {
            throw new InvalidFieldException("locationLabel", "household.placeBlank", "The place must not be blank.");
        }
        Household changed = new Household(h.id(), name, or(p.timeZone(), h.timeZone()),
                or(p.locale(), h.locale()), label, stored(or(p.latitude(), h.latitude())),
                stored(or(p.longitude(), h.longitude())), or(p.idleTimeoutMinutes(), h.idleTimeoutMinutes()),
                or(p.rotationUnit(), h.rotationUnit()), or(p.shoppingApprovalRequired(), h.shoppingApprovalRequired()));
        households.update(changed);
        outbox.publish(h.id().toString(), new HouseholdUpdated(h.id(), changed.name(), changed.timeZone(), changed.locale(),
                new Location(changed.locationLabel(), changed.latitude().doubleValue(), changed.longitude().doubleValue()),
                changed.rotationUnit(), changed.shoppingApprovalRequired(), changed.idleTimeoutMinutes()));
        return changed;
    }

    private static BigDecimal stored(BigDecimal coordinate) {
        return coordinate.setScale(HouseholdPatch.STORED_FRACTION, RoundingMode.HALF_UP);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
