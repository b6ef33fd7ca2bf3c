package jp.kajimaru.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the wire format: a change that alters the bytes of any catalogued event fails here and
 * must be either reverted or released as a new event version.
 */
class GoldenSampleTest {

    private static final String GOLDEN_DIR = "/golden/";

    private final EventJson json = new EventJson();

    static List<EventType> catalogue() {
        return EventCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void writesExactlyTheGoldenJson(EventType eventType) throws IOException {
        assertThat(json.writeString(sample(eventType))).isEqualTo(golden(eventType));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void readsTheGoldenJsonBackToTheSample(EventType eventType) throws IOException {
        assertThat(json.read(golden(eventType), eventType.payloadClass())).isEqualTo(sample(eventType));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void readsTheGoldenBytesBackToTheSample(EventType eventType) throws IOException {
        byte[] bytes = golden(eventType).getBytes(StandardCharsets.UTF_8);
        assertThat(json.read(bytes, eventType.payloadClass())).isEqualTo(sample(eventType));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void ignoresFieldsAddedByANewerProducer(EventType eventType) throws IOException {
        String withExtraFields = "{\"addedFirst\":{\"nested\":[1,2]},"
                + golden(eventType).substring(1, golden(eventType).length() - 1)
                + ",\"addedLast\":\"x\"}";

        assertThat(json.read(withExtraFields, eventType.payloadClass())).isEqualTo(sample(eventType));
    }

    @Test
    void everyGoldenFileBelongsToACatalogueEntry() throws IOException, URISyntaxException {
        Set<String> expected = EventCatalog.all().stream().map(GoldenSampleTest::fileName).collect(Collectors.toSet());
        URL dir = GoldenSampleTest.class.getResource(GOLDEN_DIR);
        assertThat(dir).as("golden directory on the test classpath").isNotNull();

        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static DomainEvent sample(EventType eventType) {
        DomainEvent sample = SampleEvents.of(eventType.payloadClass())
                .orElseThrow(() -> new AssertionError("No sample in SampleEvents for " + eventType));
        assertThat(sample).isInstanceOf(eventType.payloadClass());
        return sample;
    }

    private static String golden(EventType eventType) throws IOException {
        String resource = GOLDEN_DIR + fileName(eventType);
        try (var in = GoldenSampleTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("No golden file " + resource + " for " + eventType);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    private static String fileName(EventType eventType) {
        return eventType.type() + ".v" + eventType.version() + ".json";
    }
}
