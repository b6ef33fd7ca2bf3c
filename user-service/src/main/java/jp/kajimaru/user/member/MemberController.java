package jp.kajimaru.user.member;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/members")
class MemberController {

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    @GetMapping
    List<MemberView> list() {
        return members.list(CurrentMember.get());
    }

    @PostMapping
    ResponseEntity<MemberView> create(@Valid @RequestBody MemberRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(members.create(CurrentMember.get(), request));
    }

    @GetMapping("/{id}")
    MemberView get(@PathVariable UUID id) {
        return members.get(CurrentMember.get(), id);
    }

    @PatchMapping("/{id}")
    MemberView update(@PathVariable UUID id, @Valid @RequestBody MemberPatch patch) {
        return members.update(CurrentMember.get(), id, patch);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        members.remove(CurrentMember.get(), id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/busy")
    MemberView busy(@PathVariable UUID id, @Valid @RequestBody BusyRequest request) {
        return members.setBusy(CurrentMember.get(), id, request);
    }

    @DeleteMapping("/{id}/busy")
    MemberView notBusy(@PathVariable UUID id) {
        return members.clearBusy(CurrentMember.get(), id);
    }
}
