package jp.kajimaru.rotation.assignment;

import java.util.Map;
import java.util.UUID;

/** How often each member did each chore recently; used only to vary who gets what among equals. */
public record History(Map<UUID, Map<UUID, Integer>> timesByMemberAndChore) {

    public History {
        timesByMemberAndChore = timesByMemberAndChore.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
    }

    public static History empty() {
        return new History(Map.of());
    }

    public int times(UUID member, UUID chore) {
        return timesByMemberAndChore.getOrDefault(member, Map.of()).getOrDefault(chore, 0);
    }
}
