package org.unitar.learning.assessment.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.unitar.learning.assessment.Attempt;
import org.unitar.learning.assessment.AttemptQuestion;
import org.unitar.learning.assessment.QuestionContent;

/**
 * The texts and scoring of question versions, read once per server: a version never changes once written, so what
 * an attempt shows, checks and grades needs no database read after the first attempt that drew it (a page of an
 * attempt would otherwise read each question's texts, options and their translations, dozens of statements).
 */
@ApplicationScoped
public class VersionContents {

    /** Versions kept at most (a few kilobytes each); past that, the map starts again. */
    private static final int KEPT = 20_000;

    private final Map<Long, QuestionContent> byVersion = new ConcurrentHashMap<>();

    /** Gives each question of the attempt its version's content, from memory or read once. */
    public Attempt attach(Attempt attempt) {
        for (AttemptQuestion question : attempt.questions()) {
            QuestionContent known = byVersion.get(question.versionId());
            if (known == null) {
                known = question.content();
                if (byVersion.size() >= KEPT) {
                    byVersion.clear();
                }
                byVersion.put(question.versionId(), known);
            }
            question.use(known);
        }
        return attempt;
    }
}
