package jp.kajimaru.notification.household;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.HouseholdUpdated;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRemoved;
import jp.kajimaru.events.user.MemberUpdated;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the household and member replica from user-service's events, and answers who is in a household. */
@Service
public class Directory {

    private final HouseholdRepository households;
    private final MemberRepository members;

    Directory(HouseholdRepository households, MemberRepository members) {
        this.households = households;
        this.members = members;
    }

    @Transactional
    public void householdCreated(HouseholdCreated e, Instant at) {
        household(e.householdId(), e.name(), e.timeZone(), e.locale(), at);
    }

    @Transactional
    public void householdUpdated(HouseholdUpdated e, Instant at) {
        household(e.householdId(), e.name(), e.timeZone(), e.locale(), at);
    }

    private void household(UUID id, String name, String zone, String locale, Instant at) {
        Household h = households.findById(id).orElseGet(() -> new Household(id));
        h.apply(name, zone, locale, at);
        households.save(h);
    }

    @Transactional
    public void memberJoined(MemberJoined e, Instant at) {
        member(e.householdId(), e.memberId(), e.displayName(), e.role().name(), e.hasLogin(), e.email(), at);
    }

    @Transactional
    public void memberUpdated(MemberUpdated e, Instant at) {
        member(e.householdId(), e.memberId(), e.displayName(), e.role().name(), e.hasLogin(), e.email(), at);
    }

    private void member(UUID householdId, UUID id, String name, String role, boolean hasLogin, String email, Instant at) {
        Member m = members.findByIdAndHouseholdId(id, householdId).orElseGet(() -> new Member(id, householdId));
        m.apply(name, role, hasLogin, email, at);
        members.save(m);
    }

    @Transactional
    public void memberRemoved(MemberRemoved e, Instant at) {
        members.findByIdAndHouseholdId(e.memberId(), e.householdId()).ifPresent(m -> m.remove(at));
    }

    @Transactional(readOnly = true)
    public Optional<Household> household(UUID id) {
        return households.findById(id);
    }

    /** The household, or Tokyo/Japanese defaults while its HouseholdCreated has not arrived yet. */
    @Transactional(readOnly = true)
    public Household householdOrDefault(UUID id) {
        return households.findById(id).orElseGet(() -> {
            Household h = new Household(id);
            h.apply("", "Asia/Tokyo", "ja", Instant.EPOCH);
            return h;
        });
    }

    /** Every household the replica knows (the digest scheduler's cross-household scan). */
    @Transactional(readOnly = true)
    public List<Household> households() {
        return households.findAll();
    }

    /** An admin sets when the household's daily digests go out. */
    @Transactional
    public Household digestAt(jp.kajimaru.web.security.CurrentMember caller, java.time.LocalTime time) {
        caller.requireAdmin();
        Household h = households.findById(caller.householdId())
                .orElseThrow(() -> new jp.kajimaru.domain.NotFoundException("Household"));
        h.digestAt(time);
        return h;
    }

    @Transactional(readOnly = true)
    public List<Member> activeMembers(UUID householdId) {
        return members.findByHouseholdIdAndActiveTrueOrderByDisplayName(householdId);
    }

    /**
     * By id, so that within one transaction the member is read once (the persistence context answers the repeats: a
     * roster's messages ask for the same few members many times); the household is checked here instead of in SQL.
     */
    @Transactional(readOnly = true)
    public Optional<Member> member(UUID householdId, UUID id) {
        return id == null ? Optional.empty() : members.findById(id).filter(m -> m.householdId().equals(householdId));
    }
}
