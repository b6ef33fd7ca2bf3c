package jp.kajimaru.rotation.household;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.kajimaru.events.user.MemberRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** rotation-service's copy of the households and members it schedules for, kept from user-service's events. */
@Service
public class HouseholdReplica {

    private final HouseholdRepository households;
    private final MemberRepository members;

    HouseholdReplica(HouseholdRepository households, MemberRepository members) {
        this.households = households;
        this.members = members;
    }

    @Transactional
    public Household upsertHousehold(UUID id, String timeZone, String locale, String rotationUnit, Instant at) {
        Optional<Household> known = households.findById(id);
        known.ifPresent(h -> h.update(timeZone, locale, rotationUnit, at));
        return known.orElseGet(() -> households.save(new Household(id, timeZone, locale, rotationUnit, at)));
    }

    @Transactional
    public void upsertMember(UUID id, UUID householdId, String displayName, MemberRole role, Instant at) {
        members.findByIdAndHouseholdId(id, householdId).ifPresentOrElse(m -> m.update(displayName, role.name(), at),
                () -> members.save(new Member(id, householdId, displayName, role.name(), at)));
    }

    @Transactional
    public void deactivateMember(UUID id, UUID householdId, Instant at) {
        members.findByIdAndHouseholdId(id, householdId).ifPresent(m -> m.deactivate(at));
    }

    @Transactional
    public void setBusy(UUID householdId, UUID memberId, Instant from, Instant until) {
        members.findByIdAndHouseholdId(memberId, householdId).ifPresent(m -> m.busy(from, until));
    }

    /** True when every id is an active member of the household (candidates must be real family members). */
    @Transactional(readOnly = true)
    public boolean allMembersOf(UUID householdId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return true;
        }
        Collection<UUID> distinct = new HashSet<>(ids);
        return members.countByHouseholdIdAndActiveTrueAndIdIn(householdId, distinct) == distinct.size();
    }

    /**
     * The household row locked for the rest of the transaction: planning (scheduler, consumer, admin) takes it first,
     * so two plans of one household never interleave and never announce the same assignment twice.
     */
    @Transactional
    public Optional<Household> lockForPlanning(UUID id) {
        return households.lockById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Household> household(UUID id) {
        return households.findById(id);
    }

    /**
     * The household of a signed-in caller. Their token proves user-service created it, so when it is not here yet its
     * HouseholdCreated is still on its way: {@link HouseholdSettingUpException}, not "not found".
     */
    @Transactional(readOnly = true)
    public Household householdOfCaller(UUID id) {
        return households.findById(id).orElseThrow(HouseholdSettingUpException::new);
    }

    /** Every household (the scheduler's cross-household scan). */
    @Transactional(readOnly = true)
    public List<UUID> householdIds() {
        return households.allIds();
    }

    @Transactional(readOnly = true)
    public List<Member> activeMembers(UUID householdId) {
        return members.findByHouseholdIdAndActiveTrueOrderByDisplayName(householdId);
    }

    @Transactional(readOnly = true)
    public Optional<Member> member(UUID householdId, UUID memberId) {
        return members.findByIdAndHouseholdId(memberId, householdId);
    }
}
