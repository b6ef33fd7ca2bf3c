package jp.kajimaru.user.device;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.user.household.Household;
import jp.kajimaru.user.household.HouseholdService;
import jp.kajimaru.user.member.Member;
import jp.kajimaru.user.member.MemberService;
import jp.kajimaru.user.token.RefreshTokens;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared devices. The device holds a long-lived random secret (in an HttpOnly cookie; only its hash is
 * stored) that lets it show the family board and nothing else; members get a session on it with their PIN.
 */
@Service
public class DeviceService {

    private static final SecureRandom RANDOM = new SecureRandom();

    public record Registered(Device device, String secret) {
    }

    public record Board(String householdName, int idleTimeoutMinutes, String timeZone, String locale,
                        List<BoardMember> members) {
    }

    public record BoardMember(UUID id, String displayName, String nickname, String avatar, String colour, boolean hasPin,
                              boolean locked) {
    }

    private final DeviceRepository devices;
    private final HouseholdService households;
    private final MemberService members;
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    DeviceService(DeviceRepository devices, HouseholdService households, MemberService members,
                  RefreshTokens refreshTokens, Clock clock) {
        this.devices = devices;
        this.households = households;
        this.members = members;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    @Transactional
    public Registered register(CurrentMember caller, String name) {
        caller.requireAdmin();
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Device device = devices.save(new Device(caller.householdId(), name, RefreshTokens.hash(secret),
                caller.memberId(), clock.instant()));
        return new Registered(device, secret);
    }

    @Transactional(readOnly = true)
    public List<Device> list(CurrentMember caller) {
        caller.requireAdmin();
        return devices.findByHouseholdIdAndRevokedAtIsNullOrderByCreatedAt(caller.householdId());
    }

    @Transactional
    public void revoke(CurrentMember caller, UUID id) {
        caller.requireAdmin();
        Device d = devices.findByIdAndHouseholdIdAndRevokedAtIsNull(id, caller.householdId())
                .orElseThrow(() -> new NotFoundException("Device"));
        d.revoke(clock.instant());
        devices.saveAndFlush(d);
        refreshTokens.revokeDevice(d.householdId(), id);
    }

    /** The device behind a secret; a missing, unknown or revoked secret is "not a device". */
    @Transactional
    public Device authenticate(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new NotADeviceException();
        }
        Device d = devices.findBySecretHashAndRevokedAtIsNull(RefreshTokens.hash(secret))
                .orElseThrow(NotADeviceException::new);
        d.seen(clock.instant());
        return d;
    }

    /** The family board in two queries: the household, and all its members at once. */
    @Transactional(readOnly = true)
    public Board board(Device device) {
        Household h = households.get(device.householdId());
        Instant now = clock.instant();
        return new Board(h.name(), h.idleTimeoutMinutes(), h.timeZone(), h.locale(), members.inHousehold(h.id()).stream()
                .map(m -> new BoardMember(m.id(), m.displayName(), m.nickname(), m.avatar(), m.colour(),
                        m.hasPin(), m.pinLockedAt(now)))
                .toList());
    }

    /** The member, who must belong to the device's household (404 otherwise). */
    public Member member(Device device, UUID memberId) {
        return members.find(device.householdId(), memberId).orElseThrow(() -> new NotFoundException("Member"));
    }
}
