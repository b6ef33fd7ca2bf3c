package jp.kajimaru.rotation.roster;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kajimaru.rotation.task.TaskView;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Do it today": {@code POST /api/tasks} → 201 with the new one-off task, or 200 with the one already there. */
@RestController
@RequestMapping("/api/tasks")
class OneOffTaskController {

    private final OneOffTasks oneOffs;

    OneOffTaskController(OneOffTasks oneOffs) {
        this.oneOffs = oneOffs;
    }

    record ScheduleRequest(@NotNull UUID choreId, @NotNull LocalDate date) {
    }

    @PostMapping
    ResponseEntity<TaskView> schedule(@Valid @RequestBody ScheduleRequest request) {
        OneOffTasks.Scheduled s = oneOffs.schedule(CurrentMember.get(), request.choreId(), request.date());
        return ResponseEntity.status(s.created() ? HttpStatus.CREATED : HttpStatus.OK).body(s.task());
    }
}
