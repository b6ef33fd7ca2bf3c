package jp.kajimaru.user.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jp.kajimaru.user.member.Member;
import jp.kajimaru.user.throttle.ClientAddress;
import jp.kajimaru.user.token.RefreshTokens;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final AccountService accounts;
    private final SessionIssuer sessions;
    private final RefreshTokens refreshTokens;
    private final LoginLimits loginLimits;

    AuthController(AccountService accounts, SessionIssuer sessions, RefreshTokens refreshTokens, LoginLimits loginLimits) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.loginLimits = loginLimits;
    }

    @PostMapping("/signup")
    ResponseEntity<AuthResponse> signup(@Valid @RequestBody SignupRequest request, HttpServletRequest http) {
        AccountService.Signed signed = accounts.signup(request);
        return sessions.open(HttpStatus.CREATED, signed.userId(), signed.member(), null, http);
    }

    @PostMapping("/login")
    ResponseEntity<?> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        String client = ClientAddress.of(http);
        loginLimits.check(request.email(), client);
        Optional<AccountService.Signed> signed = accounts.login(request);
        if (signed.isEmpty()) {
            loginLimits.failed(request.email(), client);
            return unauthorized("E-mail or password is wrong.");
        }
        return sessions.open(HttpStatus.OK, signed.get().userId(), signed.get().member(), null, http);
    }

    /** Rotates the refresh token: the old one is used up, a new pair is issued. */
    @PostMapping("/refresh")
    ResponseEntity<?> refresh(@CookieValue(name = SessionCookies.REFRESH, required = false) String cookie,
                              @RequestBody(required = false) RefreshRequest body, HttpServletRequest http) {
        String token = cookie != null ? cookie : body == null ? null : body.refreshToken();
        Optional<AccountService.Refreshed> refreshed = token == null ? Optional.empty() : accounts.refresh(token);
        if (refreshed.isEmpty()) {
            return unauthorized("The session has ended; please log in again.");
        }
        return sessions.open(HttpStatus.OK, refreshed.get().userId(), refreshed.get().member(),
                refreshed.get().deviceId(), http);
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout(@CookieValue(name = SessionCookies.REFRESH, required = false) String cookie,
                                @RequestBody(required = false) RefreshRequest body, HttpServletRequest http) {
        String token = cookie != null ? cookie : body == null ? null : body.refreshToken();
        if (token != null) {
            refreshTokens.revoke(token);
        }
        return ResponseEntity.noContent().headers(SessionCookies.clear(http)).build();
    }

    @GetMapping("/me")
    Me me() {
        CurrentMember caller = CurrentMember.get();
        Member m = accounts.me(caller);
        return new Me(m.userId(), m.id(), m.householdId(), m.role().name(), m.displayName(), caller.onDevice(),
                accounts.email(caller, m).orElse(null));
    }

    /** The caller's own login moves to another address (current password required); answers the stored address. */
    @PutMapping("/email")
    EmailView changeEmail(@Valid @RequestBody EmailChangeRequest request, HttpServletRequest http) {
        return new EmailView(accounts.changeEmail(CurrentMember.get(), request, ClientAddress.of(http)));
    }

    @GetMapping("/sessions")
    List<SessionView> sessions(@CookieValue(name = SessionCookies.REFRESH, required = false) String cookie) {
        String current = cookie == null ? null : refreshTokens.live(cookie).map(s -> s.id().toString()).orElse(null);
        return accounts.sessions(CurrentMember.get()).stream()
                .map(s -> new SessionView(s.id(), s.createdAt(), s.expiresAt(), s.deviceId() != null,
                        s.id().toString().equals(current)))
                .toList();
    }

    @DeleteMapping("/sessions/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        accounts.revokeSession(CurrentMember.get(), id);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ProblemDetail> unauthorized(String detail) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail));
    }

    record RefreshRequest(String refreshToken) {
    }

    record Me(UUID userId, UUID memberId, UUID householdId, String role, String displayName, boolean onDevice,
              String email) {
    }

    record EmailView(String email) {
    }

    record SessionView(UUID id, java.time.Instant createdAt, java.time.Instant expiresAt, boolean onDevice,
                       boolean current) {
    }
}
