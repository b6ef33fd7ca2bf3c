package jp.kajimaru.rotation.dashboard;

import jp.kajimaru.web.security.CurrentMember;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DashboardController {

    private final DashboardService dashboards;

    DashboardController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/dashboard")
    Dashboard dashboard() {
        return dashboards.build(CurrentMember.get());
    }
}
