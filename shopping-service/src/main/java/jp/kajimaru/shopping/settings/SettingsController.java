package jp.kajimaru.shopping.settings;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/shopping/settings")
class SettingsController {

    private final SettingsService service;

    SettingsController(SettingsService service) {
        this.service = service;
    }

    record SettingsView(boolean membersNeedApproval, List<String> categories, Long version) {
        static SettingsView of(ShoppingSettings s) {
            return new SettingsView(s.membersNeedApproval(), s.categories(), s.version());
        }
    }

    record SettingsRequest(
            @NotNull Boolean membersNeedApproval,
            @NotNull @Size(min = 1, max = 30) List<@NotBlank @Size(max = 40) @Pattern(regexp = "[^\\r\\n]*") String> categories,
            Long version) {
    }

    @GetMapping
    SettingsView get() {
        return SettingsView.of(service.of(CurrentMember.get().householdId()));
    }

    @PutMapping
    SettingsView put(@Valid @RequestBody SettingsRequest request) {
        return SettingsView.of(service.update(CurrentMember.get(), request.membersNeedApproval(), request.categories(),
                request.version()));
    }
}
