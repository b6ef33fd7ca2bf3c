package jp.kajimaru.user.household;

import jakarta.validation.Valid;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/households/current")
class HouseholdController {

    private final HouseholdService households;

    HouseholdController(HouseholdService households) {
        this.households = households;
    }

    @GetMapping
    HouseholdView get() {
        return households.current(CurrentMember.get());
    }

    @PatchMapping
    HouseholdView update(@Valid @RequestBody HouseholdPatch patch) {
        return households.update(CurrentMember.get(), patch);
    }
}
