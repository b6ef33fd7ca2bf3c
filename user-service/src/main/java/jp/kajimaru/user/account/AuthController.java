package jp.kajimaru.user.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jp.kajimaru.user.member.Member;
import jp.kajimaru.user.token.AccessTokens;
import jp.kajimaru.user.token.RefreshTokens;
import jp.kajimaru.web.problem.InvalidFieldException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final AccountService accounts;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final PasswordPolicy passwordPolicy = PasswordPolicy.withBundledList();

    AuthController(AccountService accounts, AccessTokens accessTokens, RefreshTokens refreshTokens) {
        this.accounts = accounts;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
    }

    @PostMapping("/signup")
    ResponseEntity<AuthResponse> signup(@Valid @RequestBody SignupRequest request, HttpServletRequest http) {
        passwordPolicy.violation(request.password(), request.email()).ifPresent(code -> {
            throw new InvalidFieldException("password", code, "The password is not acceptable.");
        });
        AccountService.Signed signed = accounts.signup(request);
        return session(HttpStatus.CREATED, signed, http);
    }

    @PostMapping("/login")
    ResponseEntity<?> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        Optional<AccountService.Signed> signed = accounts.login(request);
        if (signed.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "E-mail or password is wrong.");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
        }
        return session(HttpStatus.OK, signed.get(), http);
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

    private ResponseEntity<AuthResponse> session(HttpStatus status, AccountService.Signed signed, HttpServletRequest http) {
        Member m = signed.member();
        String access = accessTokens.issue(signed.userId(), m.householdId(), m.id(), m.role());
        String refresh = refreshTokens.issue(signed.userId(), m.id(), m.householdId());
        return ResponseEntity.status(status)
                .headers(SessionCookies.set(http, access, accessTokens.ttlSeconds(), refresh, refreshTokens.ttlSeconds()))
                .body(new AuthResponse(access, "Bearer", accessTokens.ttlSeconds(), signed.userId(), m.householdId(),
                        m.id(), m.role().name()));
    }

    record RefreshRequest(String refreshToken) {
    }
}
