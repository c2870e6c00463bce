package org.unitar.learning.shared.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.regex.Matcher;
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

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|nbsp);");

    private RichText() {
    }

    /** The text with only what the allow-list permits; empty for null. */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return POLICY.sanitize(html).strip();
    }

    /** The words of cleaned rich text, without markup, cut to {@code max} characters (for lists and titles). */
    public static String excerpt(String cleanHtml, int max) {
        String text = cleanHtml.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        Matcher entity = ENTITY.matcher(text);
        StringBuilder plain = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String character = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "nbsp" -> " ";
                default -> {
                    int code = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1));
                    yield Character.isValidCodePoint(code) ? Character.toString(code) : entity.group();
                }
            };
            entity.appendReplacement(plain, Matcher.quoteReplacement(character));
        }
        entity.appendTail(plain);
        return plain.length() <= max ? plain.toString() : plain.substring(0, max - 1).strip() + "…";
    }

    /** Whether cleaned rich text has any visible words (an editor's empty paragraph does not count). */
    public static boolean hasText(String cleanHtml) {
        return !cleanHtml.replaceAll("<[^>]*>", "").replaceAll("&nbsp;|&#160;|[\\s\\p{Z}]", "").isEmpty();
    }
}
