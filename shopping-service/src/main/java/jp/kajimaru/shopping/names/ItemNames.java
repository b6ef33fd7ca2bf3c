package jp.kajimaru.shopping.names;

import java.text.Normalizer;
import java.util.Locale;

/**
 * When two names mean the same item: "ミルク", "ﾐﾙｸ" and "みるく" are one item, so are "Milk", "ＭＩＬＫ" and " milk ".
 * The key is the name after NFKC (full/half width), lower case, katakana folded to hiragana and runs of white space
 * collapsed to one space. Long keys are cut so that they fit the database column.
 */
public final class ItemNames {

    public static final int MAX_KEY_LENGTH = 255;

    private static final int KATAKANA_TO_HIRAGANA = 0x60;

    private ItemNames() {
    }

    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(hiragana(c));
        }
        return out.length() > MAX_KEY_LENGTH ? out.substring(0, MAX_KEY_LENGTH) : out.toString();
    }

    /** ァ..ヶ and the iteration marks ヽヾ become their hiragana; the long-vowel mark ー and everything else stay. */
    private static int hiragana(int c) {
        if ((c >= 0x30A1 && c <= 0x30F6) || c == 0x30FD || c == 0x30FE) {
            return c - KATAKANA_TO_HIRAGANA;
        }
        return c;
    }

    /** A unit compared the same way as a name ("本" = "本", "L" = "l", blank = none). */
    public static String unitKey(String unit) {
        return key(unit);
    }
}
