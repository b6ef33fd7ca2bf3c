package jp.kajimaru.user.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jp.kajimaru.events.user.HouseholdCreated;
import jp.kajimaru.events.user.Location;
import jp.kajimaru.events.user.MemberJoined;
import jp.kajimaru.events.user.MemberRole;
import jp.kajimaru.messaging.outbox.OutboxWriter;
import jp.kajimaru.user.household.Household;
import jp.kajimaru.user.household.HouseholdRepository;
import jp.kajimaru.user.member.DisplayNames;
import jp.kajimaru.user.member.Member;
import jp.kajimaru.user.member.MemberRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up and password login. Sign-up is one transaction: account, household, admin member, events. */
@Service
public class AccountService {

    public record Signed(UUID userId, Member member) {
    }

    private final UserRepository users;
    private final UserAccounts accounts;
    private final HouseholdRepository households;
    private final MemberRepository members;
    private final OutboxWriter outbox;
    private final PasswordEncoder passwords;
    private final Clock clock;
    // A hash by the current default algorithm, so an unknown e-mail costs as much as a wrong password.
    private final String unknownUserHash;

    AccountService(UserRepository users, UserAccounts accounts, HouseholdRepository households, MemberRepository members, OutboxWriter outbox,
                   PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.households = households;
        this.members = members;
        this.outbox = outbox;
        this.passwords = passwords;
        this.clock = clock;
        this.unknownUserHash = passwords.encode("no such user " + UUID.randomUUID());
    }

    @Transactional
    public Signed signup(SignupRequest request) {
        Instant now = clock.instant();
        UUID userId = accounts.create(request.email(), request.password(), now);
        Household household = Household.createDefault(request.householdName().strip(), request.locale());
        households.insert(household, now);
        Member admin = Member.create(household.id(), userId, DisplayNames.checked("displayName", request.displayName()),
                null, MemberRole.ADMIN, "self",
                "default", "#E4572E");
        members.insert(admin, now);

        outbox.publish(household.id().toString(), new HouseholdCreated(household.id(), household.name(),
                household.timeZone(), household.locale(),
                new Location(household.locationLabel(), household.latitude().doubleValue(), household.longitude().doubleValue()),
                household.rotationUnit(), household.shoppingApprovalRequired(), household.idleTimeoutMinutes(), admin.id()));
        outbox.publish(admin.id().toString(), new MemberJoined(household.id(), admin.id(), admin.displayName(),
                admin.nickname(), admin.role(), true, admin.avatar(), admin.colour()));
        return new Signed(userId, admin);
    }

    /** The member behind an e-mail and password; empty for any mismatch, without saying which part was wrong. */
    @Transactional
    public Optional<Signed> login(LoginRequest request) {
        Optional<UserRepository.UserRow> user = users.findByEmail(UserAccounts.normalize(request.email()));
        if (user.isEmpty()) {
            // Hash anyway, so the answer takes as long as for a wrong password: timing does not reveal accounts.
            passwords.matches(request.password(), unknownUserHash);
            return Optional.empty();
        }
        String hash = user.get().passwordHash();
        if (!matches(request.password(), hash)) {
            return Optional.empty();
        }
        if (passwords.upgradeEncoding(hash)) {
            // An older algorithm (bcrypt): re-hash with the current default while the password is at hand.
            users.updatePasswordHash(user.get().id(), passwords.encode(request.password()));
        }
        return members.findByUser(user.get().id()).map(m -> new Signed(user.get().id(), m));
    }

    private boolean matches(String password, String hash) {
        try {
            return passwords.matches(password, hash);
        } catch (IllegalArgumentException beyondBcrypt) {
            // BCrypt refuses passwords over 72 bytes; such a password cannot be the one behind a bcrypt hash.
            return false;
        }
    }

}
