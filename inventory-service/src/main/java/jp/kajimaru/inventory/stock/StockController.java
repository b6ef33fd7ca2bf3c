package jp.kajimaru.inventory.stock;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Stock items, one-tap consume, restock and the movement history. Every id is looked up in the caller's household. */
@RestController
@Validated
@RequestMapping("/api/stock/items")
class StockController {

    private final StockService stock;

    StockController(StockService stock) {
        this.stock = stock;
    }

    @GetMapping
    List<StockViews.ItemView> list() {
        return stock.list(CurrentMember.get());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    StockViews.ItemView create(@Valid @RequestBody StockRequests.ItemRequest request) {
        return stock.create(CurrentMember.get(), request);
    }

    @GetMapping("/{id}")
    StockViews.ItemView get(@PathVariable UUID id) {
        return stock.get(CurrentMember.get(), id);
    }

    @PatchMapping("/{id}")
    StockViews.ItemView edit(@PathVariable UUID id, @Valid @RequestBody StockRequests.ItemRequest request) {
        return stock.edit(CurrentMember.get(), id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        stock.delete(CurrentMember.get(), id);
    }

    /** {@code {quantity}}, or no body for one. */
    @PostMapping("/{id}/consume")
    StockViews.ItemView consume(@PathVariable UUID id, @Valid @RequestBody(required = false) StockRequests.QuantityRequest request) {
        return stock.consume(CurrentMember.get(), id, request == null ? null : request.quantity());
    }

    @PostMapping("/{id}/restock")
    StockViews.ItemView restock(@PathVariable UUID id, @Valid @RequestBody StockRequests.QuantityRequest request) {
        return stock.restock(CurrentMember.get(), id, request.quantity());
    }

    /** Newest first; {@code page} from 0. */
    @GetMapping("/{id}/movements")
    StockViews.MovementPage movements(@PathVariable UUID id,
                                      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
                                      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return stock.movements(CurrentMember.get(), id, page, size);
    }
}
