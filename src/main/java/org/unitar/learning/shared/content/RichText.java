package org.unitar.learning.shared.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.regex.Pattern;

/**
 * What an author's rich text may contain: headings, paragraphs, lists, emphasis, quotes, tables, code and links
 * (http, https, mailto). Everything else (scripts, event handlers, {@code javascript:} URLs, styles, SVG, images
 * from anywhere, forms, frames) is removed, on every save and every import. Links get
 * {@code rel="noopener noreferrer"}.
 */
public final class RichText {

    /** The longest rich text kept, in characters after cleaning. */
    public static final int MAX_LENGTH = 100_000;

    private static final PolicyFactory POLICY = Sanitizers.BLOCKS
            .and(Sanitizers.FORMATTING)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowAttributes("href").onElements("a")
                    .allowUrlProtocols("https", "http", "mailto")
                    .requireRelsOnLinks("noopener", "noreferrer")
                    .allowElements("ul", "ol", "li", "br", "hr", "pre", "code")
                    .allowAttributes("dir").matching(true, "ltr", "rtl", "auto").globally()
                    .allowAttributes("lang").matching(Pattern.compile("[a-zA-Z-]{2,12}")).globally()
                    .toFactory());

    private RichText() {
    }

    /** The text with only what the allow-list permits; empty for null. */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return POLICY.sanitize(html).strip();
    }

    /** Whether cleaned rich text has any visible words (an editor's empty paragraph does not count). */
    public static boolean hasText(String cleanHtml) {
        return !cleanHtml.replaceAll("<[^>]*>", "").replaceAll("&nbsp;|&#160;|[\\s\\p{Z}]", "").isEmpty();
    }
}
