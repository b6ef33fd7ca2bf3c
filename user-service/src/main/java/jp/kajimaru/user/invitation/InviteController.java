package jp.kajimaru.user.invitation;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jp.kajimaru.user.account.AuthResponse;
import jp.kajimaru.user.account.SessionIssuer;
import jp.kajimaru.user.member.Member;
import jp.kajimaru.user.throttle.ClientAddress;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/invites")
class InviteController {

    private final InviteService invites;
    private final SessionIssuer sessions;

    InviteController(InviteService invites, SessionIssuer sessions) {
        this.invites = invites;
        this.sessions = sessions;
    }

    @GetMapping
    List<InviteView> list() {
        return invites.list(CurrentMember.get());
    }

    @PostMapping
    ResponseEntity<InviteView> create(@Valid @RequestBody(required = false) InviteRequest request) {
        InviteRequest r = request == null ? new InviteRequest(null, null, null) : request;
        return ResponseEntity.status(HttpStatus.CREATED).body(invites.create(CurrentMember.get(), r));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        invites.revoke(CurrentMember.get(), id);
        return ResponseEntity.noContent().build();
    }

    /** Joins the household behind the code and logs the new member in. */
    @PostMapping("/join")
    ResponseEntity<AuthResponse> join(@Valid @RequestBody JoinRequest request, HttpServletRequest http) {
        Member joined = invites.join(request, ClientAddress.of(http));
        return sessions.open(HttpStatus.CREATED, joined.userId(), joined, null, http);
    }
}
