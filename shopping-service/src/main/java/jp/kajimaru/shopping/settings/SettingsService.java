package jp.kajimaru.shopping.settings;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.web.security.CurrentMember;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class SettingsService {

    private final ShoppingSettingsRepository settings;
    private final Clock clock;

    SettingsService(ShoppingSettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The household's settings, or the defaults while nobody has saved any. */
    @Transactional(readOnly = true)
    public ShoppingSettings of(UUID householdId) {
        return settings.findByHouseholdId(householdId).orElseGet(() -> ShoppingSettings.defaults(householdId));
    }

    /** Admins only; {@code expectedVersion}, when given, must be the version the admin saw. */
    @Transactional
    public ShoppingSettings update(CurrentMember caller, boolean membersNeedApproval, List<String> categories,
                                   Long expectedVersion) {
        caller.requireAdmin();
        ShoppingSettings current = settings.findByHouseholdId(caller.householdId())
                .orElseGet(() -> ShoppingSettings.defaults(caller.householdId()));
        if (expectedVersion != null && !expectedVersion.equals(current.version())) {
            throw new ObjectOptimisticLockingFailureException(ShoppingSettings.class, caller.householdId());
        }
        current.update(membersNeedApproval, categories, clock);
        return settings.saveAndFlush(current);
    }
}
