package jp.kajimaru.user.device;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kajimaru.user.account.AuthResponse;
import jp.kajimaru.user.account.SessionCookies;
import jp.kajimaru.user.account.SessionIssuer;
import jp.kajimaru.user.member.Member;
import jp.kajimaru.user.pin.MemberPins;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/devices")
class DeviceController {

    static final String DEVICE_COOKIE = "KJ_DEV";
    private static final Duration DEVICE_COOKIE_AGE = Duration.ofDays(400);

    private final DeviceService devices;
    private final MemberPins pins;
    private final SessionIssuer sessions;

    DeviceController(DeviceService devices, MemberPins pins, SessionIssuer sessions) {
        this.devices = devices;
        this.pins = pins;
        this.sessions = sessions;
    }

    record RegisterRequest(@NotBlank @Size(max = 50) String name) {
    }

    record PinLogin(@NotNull UUID memberId, @NotNull @Pattern(regexp = "\\d{4}") String pin) {
    }

    record DeviceView(UUID id, String name, java.time.Instant createdAt, java.time.Instant lastSeenAt, boolean current) {
    }

    @PostMapping
    ResponseEntity<DeviceView> register(@Valid @RequestBody RegisterRequest request, HttpServletRequest http) {
        DeviceService.Registered r = devices.register(CurrentMember.get(), request.name());
        ResponseCookie cookie = SessionCookies.httpOnly(http, DEVICE_COOKIE, r.secret(), "/api/devices", DEVICE_COOKIE_AGE);
        Device d = r.device();
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.SET_COOKIE, cookie.toString())
                .body(new DeviceView(d.id(), d.name(), d.createdAt(), d.lastSeenAt(), true));
    }

    @GetMapping
    List<DeviceView> list(@CookieValue(name = DEVICE_COOKIE, required = false) String secret) {
        UUID current = currentDevice(secret);
        return devices.list(CurrentMember.get()).stream()
                .map(d -> new DeviceView(d.id(), d.name(), d.createdAt(), d.lastSeenAt(), d.id().equals(current))).toList();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        devices.revoke(CurrentMember.get(), id);
        return ResponseEntity.noContent().build();
    }

    /** The family board: who can tap in on this device. */
    @GetMapping("/current/board")
    DeviceService.Board board(@CookieValue(name = DEVICE_COOKIE, required = false) String secret) {
        return devices.board(devices.authenticate(secret));
    }

    /** A member taps their avatar and enters their PIN: a member session on this device. */
    @PostMapping("/current/sessions")
    ResponseEntity<AuthResponse> session(@CookieValue(name = DEVICE_COOKIE, required = false) String secret,
                                         @Valid @RequestBody PinLogin request, HttpServletRequest http) {
        Device device = devices.authenticate(secret);
        devices.member(device, request.memberId());
        Member m = pins.verify(device.householdId(), request.memberId(), request.pin());
        return sessions.open(HttpStatus.OK, m.userId(), m, device.id(), http);
    }

    @ExceptionHandler(NotADeviceException.class)
    ResponseEntity<ProblemDetail> notADevice(NotADeviceException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage()));
    }

    private UUID currentDevice(String secret) {
        try {
            return secret == null ? null : devices.authenticate(secret).id();
        } catch (NotADeviceException e) {
            return null;
        }
    }
}
