package jp.kajimaru.inventory.equipment;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Equipment, its maintenance tasks, the upcoming list and "mark done". Ids are looked up in the caller's household. */
@RestController
class EquipmentController {

    private final MaintenanceService maintenance;

    EquipmentController(MaintenanceService maintenance) {
        this.maintenance = maintenance;
    }

    @GetMapping("/api/equipment")
    List<EquipmentViews.EquipmentView> list() {
        return maintenance.listEquipment(CurrentMember.get());
    }

    @PostMapping("/api/equipment")
    @ResponseStatus(HttpStatus.CREATED)
    EquipmentViews.EquipmentView create(@Valid @RequestBody EquipmentRequests.EquipmentRequest request) {
        return maintenance.createEquipment(CurrentMember.get(), request);
    }

    @GetMapping("/api/equipment/{id}")
    EquipmentViews.EquipmentView get(@PathVariable UUID id) {
        return maintenance.getEquipment(CurrentMember.get(), id);
    }

    @PatchMapping("/api/equipment/{id}")
    EquipmentViews.EquipmentView edit(@PathVariable UUID id, @Valid @RequestBody EquipmentRequests.EquipmentRequest request) {
        return maintenance.editEquipment(CurrentMember.get(), id, request);
    }

    @DeleteMapping("/api/equipment/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        maintenance.deleteEquipment(CurrentMember.get(), id);
    }

    @GetMapping("/api/equipment/{id}/maintenance")
    List<EquipmentViews.TaskView> tasks(@PathVariable UUID id) {
        return maintenance.tasksOf(CurrentMember.get(), id);
    }

    @PostMapping("/api/equipment/{id}/maintenance")
    @ResponseStatus(HttpStatus.CREATED)
    EquipmentViews.TaskView addTask(@PathVariable UUID id, @Valid @RequestBody EquipmentRequests.TaskRequest request) {
        return maintenance.addTask(CurrentMember.get(), id, request);
    }

    /** {@code due=upcoming}: inside the lead window or overdue; without it every task. Soonest due first. */
    @GetMapping("/api/maintenance")
    List<EquipmentViews.TaskView> maintenance(@RequestParam(required = false) String due) {
        if (due != null && !"upcoming".equals(due)) {
            throw new InvalidFieldException("due", "maintenance.dueFilter", "must be 'upcoming' or absent");
        }
        return maintenance.maintenance(CurrentMember.get(), due != null);
    }

    @PostMapping("/api/maintenance/{id}/done")
    EquipmentViews.TaskView done(@PathVariable UUID id, @Valid @RequestBody(required = false) EquipmentRequests.DoneRequest request) {
        return maintenance.markDone(CurrentMember.get(), id, request == null ? null : request.doneOn());
    }

    @PatchMapping("/api/maintenance/{id}")
    EquipmentViews.TaskView editTask(@PathVariable UUID id, @Valid @RequestBody EquipmentRequests.TaskRequest request) {
        return maintenance.editTask(CurrentMember.get(), id, request, request.version());
    }

    @DeleteMapping("/api/maintenance/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTask(@PathVariable UUID id) {
        maintenance.deleteTask(CurrentMember.get(), id);
    }
}
