package jp.kajimaru.shopping.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemNamesTest {

    @Test
    void katakanaHalfWidthKatakanaAndHiraganaAreOneName() {
        assertThat(ItemNames.key("ミルク")).isEqualTo("みるく");
        assertThat(ItemNames.key("ﾐﾙｸ")).isEqualTo("みるく");
        assertThat(ItemNames.key("みるく")).isEqualTo("みるく");
        // Half-width voiced marks combine under NFKC: ﾊﾟﾝ is パン is ぱん.
        assertThat(ItemNames.key("ﾊﾟﾝ")).isEqualTo("ぱん");
        assertThat(ItemNames.key("ヴ")).isEqualTo("ゔ");
    }

    @Test
    void fullWidthLettersAndCaseFold() {
        assertThat(ItemNames.key("ＭＩＬＫ")).isEqualTo("milk");
        assertThat(ItemNames.key("Milk")).isEqualTo("milk");
        assertThat(ItemNames.key("ｍｉｌｋ１")).isEqualTo("milk1");
    }

    @Test
    void spacesAreTrimmedAndCollapsedIncludingIdeographicSpace() {
        assertThat(ItemNames.key("  olive　 oil ")).isEqualTo("olive oil");
        assertThat(ItemNames.key("\t")).isEmpty();
        assertThat(ItemNames.key(null)).isEmpty();
    }

    @Test
    void differentWordsStayDifferent() {
        assertThat(ItemNames.key("はし")).isNotEqualTo(ItemNames.key("はじ"));
        assertThat(ItemNames.key("牛乳")).isEqualTo("牛乳").isNotEqualTo(ItemNames.key("ぎゅうにゅう"));
        // The long-vowel mark is not a kana to fold.
        assertThat(ItemNames.key("コーヒー")).isEqualTo("こーひー");
    }

    @Test
    void veryLongNamesAreCutToTheColumn() {
        assertThat(ItemNames.key("㌀".repeat(100))).hasSize(ItemNames.MAX_KEY_LENGTH);
    }
}
