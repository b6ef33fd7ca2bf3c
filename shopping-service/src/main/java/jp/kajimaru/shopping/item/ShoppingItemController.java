package jp.kajimaru.shopping.item;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/shopping")
class ShoppingItemController {

    private final ShoppingItemService service;

    ShoppingItemController(ShoppingItemService service) {
        this.service = service;
    }

    record AddItem(
            @NotBlank @Size(max = 100) String name,
            @DecimalMin("0.01") @DecimalMax("9999.99") @Digits(integer = 4, fraction = 2) BigDecimal quantity,
            @Size(max = 20) String unit,
            @Size(max = 500) String memo,
            @Size(max = 40) String category,
            UUID stockItemId) {
    }

    record EditItem(
            @Size(max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
            @DecimalMin("0.01") @DecimalMax("9999.99") @Digits(integer = 4, fraction = 2) BigDecimal quantity,
            @Size(max = 20) String unit,
            @Size(max = 500) String memo,
            @Size(max = 40) String category,
            UUID stockItemId,
            Long version) {
    }

    record Approval(@NotNull Boolean approved, @Size(max = 200) String reason) {
    }

    @GetMapping("/items")
    List<ItemView> list(@RequestParam(required = false) String status) {
        return service.list(CurrentMember.get(), status);
    }

    @GetMapping("/items/{id}")
    ItemView get(@PathVariable UUID id) {
        return service.get(CurrentMember.get(), id);
    }

    /** 201 with the new item, or 200 with the item already on the list that took the quantity. */
    @PostMapping("/items")
    ResponseEntity<ItemView> add(@Valid @RequestBody AddItem r) {
        ShoppingItemService.Added added = service.add(CurrentMember.get(),
                new ItemDetails(r.name(), r.quantity(), r.unit(), r.memo(), r.category(), r.stockItemId()));
        return ResponseEntity.status(added.created() ? HttpStatus.CREATED : HttpStatus.OK).body(added.item());
    }

    @PatchMapping("/items/{id}")
    ItemView edit(@PathVariable UUID id, @Valid @RequestBody EditItem r) {
        return service.edit(CurrentMember.get(), id,
                new ItemDetails(r.name(), r.quantity(), r.unit(), r.memo(), r.category(), r.stockItemId()), r.version());
    }

    @DeleteMapping("/items/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        service.delete(CurrentMember.get(), id);
    }

    @PutMapping("/items/{id}/purchase")
    ItemView purchase(@PathVariable UUID id) {
        return service.purchase(CurrentMember.get(), id);
    }

    @DeleteMapping("/items/{id}/purchase")
    ItemView undoPurchase(@PathVariable UUID id) {
        return service.undoPurchase(CurrentMember.get(), id);
    }

    @PutMapping("/items/{id}/approval")
    ItemView decide(@PathVariable UUID id, @Valid @RequestBody Approval r) {
        return service.decide(CurrentMember.get(), id, r.approved(), r.reason());
    }

    @GetMapping("/history")
    ShoppingItemService.HistoryPage history(@RequestParam(required = false) String q,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "20") int size) {
        return service.history(CurrentMember.get(), q, page, size);
    }

    /** "Buy again" from the history: 201 with a new item, or 200 when it merged into one on the list. */
    @PostMapping("/history/{id}/buy-again")
    ResponseEntity<ItemView> buyAgain(@PathVariable UUID id) {
        ShoppingItemService.Added added = service.buyAgain(CurrentMember.get(), id);
        return ResponseEntity.status(added.created() ? HttpStatus.CREATED : HttpStatus.OK).body(added.item());
    }
}
