package org.unitar.learning.catalogue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How catalogue texts and search queries are compared: both folded the same way, so that "developpement" finds
 * "développement", "MIGRATION" finds "migration" and "المدن" finds "المُدن" (Arabic short vowels, tatweel and the
 * forms of alef, ta marbuta and alef maqsura are folded too). Chinese has no spaces between words: a query is
 * looked for as a part of the text, which finds Chinese words as it finds others.
 */
public final class SearchText {

    /** Most words a query is split into; more would only slow the search down. */
    public static final int MAX_WORDS = 8;
    private static final Pattern MARKS = Pattern.compile("[\\p{M}\\u0640]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{Z}\\s\\p{P}\\p{S}]+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا')
                .replace('ة', 'ه').replace('ى', 'ي');
        return SEPARATORS.matcher(folded).replaceAll(" ").strip();
    }

    /** The words of a query, folded, at most {@link #MAX_WORDS}; none for a blank query. */
    public static List<String> words(String query) {
        String folded = fold(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(folded.split(" ")).distinct().limit(MAX_WORDS).toList();
    }

    /** A word as a LIKE pattern matching any text that contains it ({@code \} is the escape character). */
    public static String containing(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
