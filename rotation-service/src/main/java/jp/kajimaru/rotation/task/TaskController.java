package jp.kajimaru.rotation.task;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskService tasks;

    TaskController(TaskService tasks) {
        this.tasks = tasks;
    }

    record Reassign(@NotNull UUID memberId) {
    }

    @GetMapping
    List<TaskView> between(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return tasks.between(CurrentMember.get(), from, to);
    }

    @PutMapping("/{id}/completion")
    TaskView complete(@PathVariable UUID id) {
        return tasks.complete(CurrentMember.get(), id);
    }

    @DeleteMapping("/{id}/completion")
    TaskView reopen(@PathVariable UUID id) {
        return tasks.reopen(CurrentMember.get(), id);
    }

    @PostMapping("/{id}/assignee")
    TaskView reassign(@PathVariable UUID id, @Valid @RequestBody Reassign request) {
        return tasks.reassign(CurrentMember.get(), id, request.memberId());
    }

    /** "Why me": the loads before and after, who was skipped and why, and the rule that decided. */
    @GetMapping(path = "/{id}/explanation", produces = MediaType.APPLICATION_JSON_VALUE)
    String explanation(@PathVariable UUID id) {
        return tasks.explanation(CurrentMember.get(), id);
    }
}
