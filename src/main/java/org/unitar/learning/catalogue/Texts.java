package org.unitar.learning.catalogue;

import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.content.RichText;

/** How the texts of a course are taken in, in every language: stripped, rich text cleaned, lengths kept. */
final class Texts {

    private Texts() {
    }

    static void check(String text, int maxLength, String field) {
        if (text != null && text.strip().length() > maxLength) {
            throw new InputRefused(field, "author_course.textTooLong");
        }
    }

    static String strip(String text) {
        return text == null ? null : text.strip();
    }

    /** Cleaned rich text, or null when nothing visible is left. */
    static String richText(String html) {
        String cleaned = RichText.clean(html);
        if (cleaned.length() > RichText.MAX_LENGTH) {
            throw new InputRefused("body", "author_course.textTooLong");
        }
        return RichText.hasText(cleaned) ? cleaned : null;
    }
}
