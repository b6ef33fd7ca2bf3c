package jp.kajimaru.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pinned wire format of every event. Each relevant feature is set explicitly rather than left
 * to Jackson's defaults, because producers and consumers are deployed independently and a default
 * changing in a Jackson upgrade must not silently change the bytes on the topic.
 */
public final class EventJson {

    private final JsonMapper mapper;

    public EventJson() {
        this.mapper = JsonMapper.builder()
                // ISO-8601 text is readable in the topic browser and unambiguous across languages.
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DATE_KEYS_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DATES_WITH_ZONE_ID)
                .disable(DateTimeFeature.TRUNCATE_TO_MSECS_ON_WRITE)
                .disable(DateTimeFeature.TRUNCATE_TO_MSECS_ON_READ)
                // Consumers on the previous release must survive additive, optional fields.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // toString() is for humans and may be overridden; the constant name is the contract.
                .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
                .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
                .disable(EnumFeature.WRITE_ENUMS_USING_INDEX)
                .disable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // Declaration order keeps the JSON aligned with the record and the golden samples.
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                // Absent and null must look the same to every consumer, so nulls are always written.
                .changeDefaultPropertyInclusion(incl -> incl
                        .withValueInclusion(JsonInclude.Include.ALWAYS)
                        .withContentInclusion(JsonInclude.Include.ALWAYS))
                // One record per line keeps payloads small and log-friendly.
                .disable(SerializationFeature.INDENT_OUTPUT)
                // An object with no properties on the topic is always a mistake, never an event.
                .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                // Scientific notation ("1E+1") would read back with a different scale.
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
                // Payloads are UTF-8 and household names are often Japanese; escaping them would triple their size.
                .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .build();
    }

    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JacksonException e) {
            throw new EventJsonException("Cannot write " + typeName(value) + " as JSON", e);
        }
    }

    public String writeString(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new EventJsonException("Cannot write " + typeName(value) + " as JSON", e);
        }
    }

    public <T> T read(byte[] json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JacksonException e) {
            throw new EventJsonException("Cannot read JSON as " + type.getName(), e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JacksonException e) {
            throw new EventJsonException("Cannot read JSON as " + type.getName(), e);
        }
    }

    /** The configured mapper, for generic reads (for example a typed {@link EventEnvelope}). */
    public JsonMapper mapper() {
        return mapper;
    }

    private static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}
