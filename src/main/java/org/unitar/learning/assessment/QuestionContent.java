package org.unitar.learning.assessment;

import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.content.RichText;
import org.unitar.learning.shared.i18n.ContentLanguage;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything one version of a question says, in every language it is written in: the question itself (rich
 * text), its general feedback (rich text, shown after the attempt as the quiz allows), its parts (the options,
 * prompts or items, each with a plain text and its own feedback) and how it scores. {@link #checked} cleans the
 * rich texts and refuses what a learner could not answer, field by field.
 */
public record QuestionContent(BigDecimal points, Map<ContentLanguage, String> stem, Map<ContentLanguage, String> feedback,
                              List<Part> parts, Scoring scoring) {

    public static final int PART_LENGTH = 1_000;
    public static final BigDecimal MAX_POINTS = new BigDecimal("100");

    /** An option, prompt or item, by the key its scoring knows it by. */
    public record Part(String key, Map<ContentLanguage, String> text, Map<ContentLanguage, String> feedback) {

        public Part {
            text = Map.copyOf(text);
            feedback = Map.copyOf(feedback);
        }
    }

    public QuestionContent {
        stem = Map.copyOf(stem);
        feedback = Map.copyOf(feedback);
        parts = List.copyOf(parts);
    }

    public QuestionType type() {
        return scoring.type();
    }

    /** The same content with its rich texts cleaned and its texts stripped; refuses what cannot be a question. */
    public QuestionContent checked() {
        if (points == null || points.signum() <= 0 || points.compareTo(MAX_POINTS) > 0 || points.scale() > 2) {
            throw new InputRefused("points", "question.points.range");
        }
        Map<ContentLanguage, String> cleanStem = rich(stem);
        if (cleanStem.isEmpty()) {
            throw new InputRefused("stem", "question.stem.required");
        }
        Set<String> keys = parts.stream().map(Part::key).collect(Collectors.toCollection(LinkedHashSet::new));
        if (keys.size() < parts.size() || !keys.equals(new LinkedHashSet<>(scoring.partKeys()))
                || keys.stream().anyMatch(k -> k.length() > QuestionPart.KEY_LENGTH)) {
            throw new InputRefused("options", "question.options.duplicate");
        }
        List<Part> cleanParts = parts.stream().map(p -> new Part(p.key(), plain(p.text()), plain(p.feedback()))).toList();
        if (cleanParts.stream().anyMatch(p -> p.text().isEmpty())) {
            throw new InputRefused("options", "question.options.textMissing");
        }
        return new QuestionContent(points, cleanStem, rich(feedback), cleanParts, scoring);
    }

    private static Map<ContentLanguage, String> rich(Map<ContentLanguage, String> texts) {
        Map<ContentLanguage, String> clean = new EnumMap<>(ContentLanguage.class);
        texts.forEach((language, html) -> {
            String cleaned = RichText.clean(html == null ? "" : html);
            if (cleaned.length() > RichText.MAX_LENGTH) {
                throw new InputRefused("stem", "author_course.textTooLong");
            }
            if (RichText.hasText(cleaned)) {
                clean.put(language, cleaned);
            }
        });
        return clean;
    }

    private static Map<ContentLanguage, String> plain(Map<ContentLanguage, String> texts) {
        Map<ContentLanguage, String> clean = new EnumMap<>(ContentLanguage.class);
        texts.forEach((language, text) -> {
            String stripped = text == null ? "" : text.strip();
            if (stripped.length() > PART_LENGTH) {
                throw new InputRefused("options", "question.options.textTooLong");
            }
            if (!stripped.isEmpty()) {
                clean.put(language, stripped);
            }
        });
        return clean;
    }
}
