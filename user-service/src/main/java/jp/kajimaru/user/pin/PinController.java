package jp.kajimaru.user.pin;

import java.util.UUID;

import jakarta.validation.Valid;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PinController {

    private final MemberPins pins;

    PinController(MemberPins pins) {
        this.pins = pins;
    }

    @PostMapping("/api/members/{id}/pin")
    ResponseEntity<Void> pin(@PathVariable UUID id, @Valid @RequestBody PinRequest request) {
        pins.setPin(CurrentMember.get(), id, request);
        return ResponseEntity.noContent().build();
    }
}
