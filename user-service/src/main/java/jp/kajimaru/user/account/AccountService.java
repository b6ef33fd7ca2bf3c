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

    private static final String UNKNOWN_USER_HASH =
            "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3H1pV1s9G0b6kV0lEwJ1bGm";

    private final UserRepository users;
    private final UserAccounts accounts;
    private final HouseholdRepository households;
    private final MemberRepository members;
    private final OutboxWriter outbox;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountService(UserRepository users, UserAccounts accounts, HouseholdRepository households, MemberRepository members, OutboxWriter outbox,
                   PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.households = households;
        this.members = members;
        this.outbox = outbox;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional
    public Signed signup(SignupRequest request) {
        Instant now = clock.instant();
        UUID userId = accounts.create(request.email(), request.password(), now);
        Household household = Household.createDefault(request.householdName().strip(), request.locale());
        households.insert(household, now);
        Member admin = Member.create(household.id(), userId, request.displayName(), null, MemberRole.ADMIN, "self",
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
    @Transactional(readOnly = true)
    public Optional<Signed> login(LoginRequest request) {
        Optional<UserRepository.UserRow> user = users.findByEmail(UserAccounts.normalize(request.email()));
        if (user.isEmpty()) {
            // Hash anyway, so the answer takes as long as for a wrong password: timing does not reveal accounts.
            passwords.matches(request.password(), UNKNOWN_USER_HASH);
            return Optional.empty();
        }
        if (!passwords.matches(request.password(), user.get().passwordHash())) {
            return Optional.empty();
        }
        return members.findByUser(user.get().id()).map(m -> new Signed(user.get().id(), m));
    }

}
