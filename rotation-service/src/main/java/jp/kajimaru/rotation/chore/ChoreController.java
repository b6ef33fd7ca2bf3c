package jp.kajimaru.rotation.chore;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The household comes from the token, never from the request. */
@RestController
@RequestMapping("/api/chores")
class ChoreController {

    private final ChoreService chores;

    ChoreController(ChoreService chores) {
        this.chores = chores;
    }

    @GetMapping
    List<ChoreView> list() {
        return chores.list(CurrentMember.get());
    }

    @PostMapping
    ResponseEntity<ChoreView> create(@Valid @RequestBody ChoreRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(chores.create(CurrentMember.get(), request));
    }

    @GetMapping("/{id}")
    ChoreView get(@PathVariable UUID id) {
        return chores.get(CurrentMember.get(), id);
    }

    /** Replaces the chore's definition (the whole request, as on the edit form). */
    @PatchMapping("/{id}")
    ChoreView update(@PathVariable UUID id, @Valid @RequestBody ChoreRequest request) {
        return chores.update(CurrentMember.get(), id, request);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        chores.delete(CurrentMember.get(), id);
        return ResponseEntity.noContent().build();
    }
}
