package jp.kajimaru.rotation.substitute;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SubstituteController {

    private final SubstituteService substitutes;

    SubstituteController(SubstituteService substitutes) {
        this.substitutes = substitutes;
    }

    record NewRequest(@Size(max = 200) String note) {
    }

    @PostMapping("/api/tasks/{taskId}/substitute-requests")
    ResponseEntity<SubstituteRequestView> request(@PathVariable UUID taskId, @Valid @RequestBody(required = false) NewRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(substitutes.request(CurrentMember.get(), taskId, body == null ? null : body.note()));
    }

    /** Open requests first, then the history. */
    @GetMapping("/api/substitute-requests")
    List<SubstituteRequestView> list() {
        return substitutes.recent(CurrentMember.get());
    }

    @PostMapping("/api/substitute-requests/{id}/accept")
    SubstituteRequestView accept(@PathVariable UUID id) {
        return substitutes.accept(CurrentMember.get(), id);
    }

    @DeleteMapping("/api/substitute-requests/{id}")
    ResponseEntity<Void> withdraw(@PathVariable UUID id) {
        substitutes.withdraw(CurrentMember.get(), id);
        return ResponseEntity.noContent().build();
    }
}
