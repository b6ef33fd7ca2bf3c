package jp.kajimaru.notification.delivery;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The household's delivery log (admins): every message × channel with its status and attempts. */
@RestController
@RequestMapping("/api/notifications/deliveries")
class DeliveryController {

    private final DeliveryService deliveries;

    DeliveryController(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    List<DeliveryService.DeliveryView> list(@RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        return deliveries.log(CurrentMember.get(), size);
    }
}
