package jp.kajimaru.user.device;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.user.household.Household;
import jp.kajimaru.user.household.HouseholdRepository;
import jp.kajimaru.user.member.Member;
import jp.kajimaru.user.member.MemberRepository;
import jp.kajimaru.user.token.RefreshTokens;
import jp.kajimaru.domain.NotFoundException;
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
    private final HouseholdRepository households;
    private final MemberRepository members;
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    DeviceService(DeviceRepository devices, HouseholdRepository households, MemberRepository members,
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
        Device device = new Device(UUID.randomUUID(), caller.householdId(), name.strip(), clock.instant(), null);
        devices.insert(device, RefreshTokens.hash(secret), caller.memberId());
        return new Registered(device, secret);
    }

    @Transactional(readOnly = true)
    public List<Device> list(CurrentMember caller) {
        caller.requireAdmin();
        return devices.live(caller.householdId());
    }

    @Transactional
    public void revoke(CurrentMember caller, UUID id) {
        caller.requireAdmin();
        if (!devices.revoke(caller.householdId(), id, clock.instant())) {
            throw new NotFoundException("Device");
        }
        refreshTokens.revokeDevice(id);
    }

    /** The device behind a secret; a missing, unknown or revoked secret is "not a device". */
    @Transactional
    public Device authenticate(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new NotADeviceException();
        }
        Device d = devices.liveBySecretHash(RefreshTokens.hash(secret)).orElseThrow(NotADeviceException::new);
        devices.seen(d.id(), clock.instant());
        return d;
    }

    @Transactional(readOnly = true)
    public Board board(Device device) {
        Household h = households.find(device.householdId()).orElseThrow(() -> new NotFoundException("Household"));
        Instant now = clock.instant();
        return new Board(h.name(), h.idleTimeoutMinutes(), h.timeZone(), h.locale(), members.inHousehold(h.id()).stream()
                .map(m -> new BoardMember(m.id(), m.displayName(), m.nickname(), m.avatar(), m.colour(),
                        m.pinHash() != null, m.pin().lockedAt(now)))
                .toList());
    }

    public Member member(Device device, UUID memberId) {
        return members.find(device.householdId(), memberId).orElseThrow(() -> new NotFoundException("Member"));
    }
}
