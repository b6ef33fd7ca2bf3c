package jp.kajimaru.messaging.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jp.kajimaru.events.DomainEvent;
import jp.kajimaru.events.EventCatalog;
import jp.kajimaru.events.EventEnvelope;
import jp.kajimaru.events.EventType;

/** What one consumer does with each event type it cares about, keyed by type and version. */
public final class EventHandlers {

    record Route(EventType type, Consumer<EventEnvelope<DomainEvent>> handler) {
    }

    private final Map<String, Route> routes;

    private EventHandlers(Map<String, Route> routes) {
        this.routes = Map.copyOf(routes);
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<Route> route(String type, int version) {
        return Optional.ofNullable(routes.get(key(type, version)));
    }

    private static String key(String type, int version) {
        return type + "/v" + version;
    }

    public static final class Builder {
        private final Map<String, Route> routes = new HashMap<>();

        /** Handles the catalogue's current version of this payload type. */
        @SuppressWarnings("unchecked")
        public <P extends DomainEvent> Builder on(Class<P> payloadType, Consumer<EventEnvelope<P>> handler) {
            EventType type = EventCatalog.current(payloadType);
            routes.put(key(type.type(), type.version()),
                    new Route(type, e -> handler.accept((EventEnvelope<P>) (EventEnvelope<?>) e)));
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(routes);
        }
    }
}
