package jp.kajimaru.rotation.chore;

import java.util.List;

import jp.kajimaru.web.security.CurrentMember;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/chores")
class ChoreController {

    private final ChoreRepository chores;

    ChoreController(ChoreRepository chores) {
        this.chores = chores;
    }

    /** The caller's household's chores; the household comes from the token, never from the request. */
    @GetMapping
    List<Chore> list() {
        return chores.inHousehold(CurrentMember.get().householdId());
    }
}
