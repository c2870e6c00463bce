package org.unitar.learning.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.unitar.learning.shared.InputRefused;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template's wording in one language: the title, the line before the holder's name, and the text after it, with
 * placeholders in braces that issuing fills: {@code {name}}, {@code {course}}, {@code {date}}, {@code {hours}},
 * {@code {centre}}, {@code {edition}}. Plain text (never markup).
 */
@Embeddable
public class TemplateWording {

    public static final Set<String> PLACEHOLDERS = Set.of("name", "course", "date", "hours", "centre", "edition");
    public static final int TITLE_LENGTH = 120;
    public static final int INTRO_LENGTH = 300;
    public static final int BODY_LENGTH = 600;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(nullable = false, length = INTRO_LENGTH)
    private String intro;

    @Column(nullable = false, length = BODY_LENGTH)
    private String body;

    protected TemplateWording() {
    }

    /**
     * Checked wording for {@code language}; refusals name the field {@code <part>_<language>} ({@code title_fr}). A
     * title and a body are required; a brace that is not one of {@link #PLACEHOLDERS} is refused.
     */
    public static TemplateWording of(String language, String title, String intro, String body) {
        TemplateWording wording = new TemplateWording();
        wording.title = checked("title_" + language, title, TITLE_LENGTH, true);
        wording.intro = checked("intro_" + language, intro, INTRO_LENGTH, false);
        wording.body = checked("body_" + language, body, BODY_LENGTH, true);
        return wording;
    }

    private static String checked(String field, String text, int length, boolean required) {
        String value = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (required && value.isEmpty()) {
            throw new InputRefused(field, "template.required");
        }
        if (value.length() > length) {
            throw new InputRefused(field, "template.tooLong");
        }
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new InputRefused(field, "template.unknownPlaceholder");
            }
        }
        if (value.replaceAll(PLACEHOLDER.pattern(), "").matches(".*[{}].*")) {
            throw new InputRefused(field, "template.unknownPlaceholder");
        }
        return value;
    }

    /** {@code text} with each placeholder replaced by its value in {@code values} (taken literally). */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String title() {
        return title;
    }

    public String intro() {
        return intro;
    }

    public String body() {
        return body;
    }
}
