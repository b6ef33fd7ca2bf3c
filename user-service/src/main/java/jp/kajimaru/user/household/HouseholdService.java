package jp.kajimaru.user.household;

import java.time.Instant;
import java.util.UUID;

import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's household: its settings, changed by admins and announced. */
@Service
public class HouseholdService {

    private final HouseholdRepository households;
    private final OutboxWriter outbox;

    HouseholdService(HouseholdRepository households, OutboxWriter outbox) {
        this.households = households;
        this.outbox = outbox;
    }

    @Transactional(readOnly = true)
    public HouseholdView current(CurrentMember caller) {
        return HouseholdView.of(load(caller.householdId()));
    }

    @Transactional
    public HouseholdView update(CurrentMember caller, HouseholdPatch p) {
        caller.requireAdmin();
        Household h = load(caller.householdId());
        var updated = h.change(p);
        households.saveAndFlush(h);
        outbox.publish(h.id().toString(), updated);
        return HouseholdView.of(h);
    }

    /**
     * Founds a household with the default settings. Its announcement ({@link Household#created}) is the caller's,
     * who knows the founding admin.
     */
    @Transactional
    public Household found(String name, String locale, Instant now) {
        return households.save(Household.createDefault(name, locale, now));
    }

    /** The household's idle timeout for shared-device sessions (the default when it is gone). */
    @Transactional(readOnly = true)
    public int idleTimeoutMinutes(UUID householdId) {
        return households.findById(householdId).map(Household::idleTimeoutMinutes)
                .orElse(Household.DEFAULT_IDLE_TIMEOUT_MINUTES);
    }

    @Transactional(readOnly = true)
    public Household get(UUID householdId) {
        return load(householdId);
    }

    private Household load(UUID householdId) {
        return households.findById(householdId).orElseThrow(() -> new NotFoundException("Household"));
    }
}
