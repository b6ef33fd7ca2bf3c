package jp.kajimaru.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import jp.kajimaru.events.inventory.MaintenanceDue;
import jp.kajimaru.events.inventory.StockBelowMinimum;
import org.junit.jupiter.api.Test;

/**
 * Optional fields added to a version keep that version (EventCatalog's rule, docs/adr/0008): a consumer built against
 * the new record must still read, byte for byte, what a producer of the older shape wrote — the field reads as
 * {@code null} and everything else as before. Each file under {@code golden-older/} is a golden sample as it was
 * before a field was added.
 */
class OlderProducerTest {

    private final EventJson json = new EventJson();

    @Test
    void stockBelowMinimumWithoutReorderQuantityReadsAsNone() throws IOException {
        StockBelowMinimum read = json.read(older("StockBelowMinimum.v1.before-reorderQuantity.json"),
                StockBelowMinimum.class);

        StockBelowMinimum current = (StockBelowMinimum) SampleEvents.of(StockBelowMinimum.class).orElseThrow();
        assertThat(read.reorderQuantity()).isNull();
        assertThat(read).isEqualTo(new StockBelowMinimum(current.householdId(), current.stockItemId(), current.name(),
                current.quantity(), current.minimum(), current.unit(), current.category()));
        assertThat(read.quantity()).isEqualTo(new BigDecimal("1.50"));
    }

    @Test
    void maintenanceDueWithoutWeightReadsAsUnknown() throws IOException {
        MaintenanceDue read = json.read(older("MaintenanceDue.v1.before-weight.json"), MaintenanceDue.class);

        MaintenanceDue current = (MaintenanceDue) SampleEvents.of(MaintenanceDue.class).orElseThrow();
        assertThat(read.weight()).isNull();
        assertThat(read).isEqualTo(new MaintenanceDue(current.householdId(), current.maintenanceTaskId(),
                current.equipmentId(), current.equipmentName(), current.taskName(), current.dueDate()));
    }

    @Test
    void anOlderConsumerStillReadsTheNewPayload() throws IOException {
        // What an older consumer sees is the new JSON minus the field it does not know: unknown properties are ignored.
        OlderStockBelowMinimum read = json.read(json.writeString(SampleEvents.of(StockBelowMinimum.class).orElseThrow()),
                OlderStockBelowMinimum.class);

        assertThat(read.name()).isEqualTo("Rice");
        assertThat(read.minimum()).isEqualTo(new BigDecimal("2"));
    }

    /** StockBelowMinimum as compiled into a service built before {@code reorderQuantity}. */
    record OlderStockBelowMinimum(java.util.UUID householdId, java.util.UUID stockItemId, String name,
                                  BigDecimal quantity, BigDecimal minimum, String unit, String category) {
    }

    private static String older(String file) throws IOException {
        try (var in = OlderProducerTest.class.getResourceAsStream("/golden-older/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }
}
