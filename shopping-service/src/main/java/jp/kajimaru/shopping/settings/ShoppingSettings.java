package jp.kajimaru.shopping.settings;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.shopping.names.ItemNames;

/** A household's shopping rules: whether members' additions need approval too, and its categories in order. */
@Entity
@Table(name = "shopping_settings")
public class ShoppingSettings {

    @Id
    @Column(name = "household_id")
    private UUID householdId;
    @Column(name = "members_need_approval", nullable = false)
    private boolean membersNeedApproval;
    @Convert(converter = CategoriesConverter.class)
    @Column(nullable = false)
    private List<String> categories;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private Long version;

    protected ShoppingSettings() {
    }

    private ShoppingSettings(UUID householdId) {
        this.householdId = householdId;
        this.categories = DefaultCategories.KEYS;
    }

    /** What a household has until an admin changes it (not stored). */
    public static ShoppingSettings defaults(UUID householdId) {
        return new ShoppingSettings(householdId);
    }

    public void update(boolean membersNeedApproval, List<String> newCategories, Clock clock) {
        List<String> stripped = newCategories.stream().map(String::strip).toList();
        Set<String> seen = new HashSet<>();
        for (String c : stripped) {
            if (!seen.add(ItemNames.key(c))) {
                throw new InvalidFieldException("categories", "shopping.categoryTwice", "A category appears twice: " + c);
            }
        }
        this.membersNeedApproval = membersNeedApproval;
        this.categories = List.copyOf(stripped);
        this.updatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Does an addition by someone in this role wait for an admin? Children always, members if the household says so. */
    public boolean needsApproval(String role) {
        return switch (role == null ? "" : role) {
            case "ADMIN" -> false;
            case "MEMBER" -> membersNeedApproval;
            default -> true;
        };
    }

    /** The household's spelling of a category (matched like item names), or null when it has none such. */
    public String category(String requested) {
        String key = ItemNames.key(requested);
        return categories.stream().filter(c -> ItemNames.key(c).equals(key)).findFirst().orElse(null);
    }

    /** Where an item without a category goes: "other" if the household has it, else its last category. */
    public String fallbackCategory() {
        String other = category(DefaultCategories.OTHER);
        return other != null ? other : categories.get(categories.size() - 1);
    }

    public UUID householdId() { return householdId; }
    public boolean membersNeedApproval() { return membersNeedApproval; }
    public List<String> categories() { return List.copyOf(categories); }
    public Long version() { return version; }
}
