package jp.kajimaru.shopping.settings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jp.kajimaru.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShoppingSettingsTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void childrenAlwaysNeedApprovalMembersOnlyWhenTheHouseholdSaysSo() {
        ShoppingSettings s = ShoppingSettings.defaults(UUID.randomUUID());
        assertThat(s.needsApproval("CHILD")).isTrue();
        assertThat(s.needsApproval("MEMBER")).isFalse();
        assertThat(s.needsApproval("ADMIN")).isFalse();
        s.update(true, s.categories(), clock);
        assertThat(s.needsApproval("MEMBER")).isTrue();
        assertThat(s.needsApproval("ADMIN")).isFalse();
    }

    @Test
    void defaultsAreTheSpecsCategoriesWithOtherAsFallback() {
        ShoppingSettings s = ShoppingSettings.defaults(UUID.randomUUID());
        assertThat(s.categories()).containsExactlyElementsOf(DefaultCategories.KEYS);
        assertThat(s.fallbackCategory()).isEqualTo("other");
        assertThat(s.category("DAIRY")).isEqualTo("dairy");
        assertThat(s.category("toys")).isNull();
    }

    @Test
    void ownCategoriesAreKeptInOrderAndTheLastIsTheFallbackWithoutOther() {
        ShoppingSettings s = ShoppingSettings.defaults(UUID.randomUUID());
        s.update(false, List.of(" 野菜 ", "ドラッグストア"), clock);
        assertThat(s.categories()).containsExactly("野菜", "ドラッグストア");
        assertThat(s.fallbackCategory()).isEqualTo("ドラッグストア");
        assertThat(s.category("ﾄﾞﾗｯｸﾞｽﾄｱ")).isEqualTo("ドラッグストア");
    }

    @Test
    void aCategoryTwiceIsAFieldError() {
        ShoppingSettings s = ShoppingSettings.defaults(UUID.randomUUID());
        assertThatThrownBy(() -> s.update(false, List.of("Dairy", "dairy "), clock))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("categories");
        assertThat(s.categories()).containsExactlyElementsOf(DefaultCategories.KEYS);
    }
}
