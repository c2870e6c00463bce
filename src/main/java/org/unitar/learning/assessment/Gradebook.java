package org.unitar.learning.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * A course's gradebook: a row per learner, a column per quiz, each cell the learner's grade by the quiz's grading
 * method (graded attempts only), whether it passes, and whether an attempt waits for a trainer; and each learner's
 * course completion. Filters as trainers use them: by name or email, by completion.
 */
public record Gradebook(List<Column> columns, List<Row> rows) {

    /** A quiz, in course order. */
    public record Column(long quizId, String title, int passPercent) {
    }

    /** A learner of the course. */
    public record Learner(String subject, String name, String email, boolean completed) {
    }

    /** A learner's standing in one quiz: grade empty while no attempt is graded. */
    public record Cell(OptionalDouble grade, boolean passed, boolean waiting, int attempts) {
    }

    public record Row(Learner learner, List<Cell> cells) {
    }

    /** Which rows to show. */
    public enum Completion {
        ALL, COMPLETED, NOT_COMPLETED
    }

    public static Gradebook of(List<Column> columns, Map<Long, Quiz> quizzes, List<Learner> learners, List<Attempt> attempts) {
        Map<String, Map<Long, List<Attempt>>> byLearner = attempts.stream().collect(Collectors.groupingBy(Attempt::learner,
                Collectors.groupingBy(Attempt::quizId)));
        List<Row> rows = learners.stream()
                .sorted(Comparator.comparing((Learner l) -> l.name().toLowerCase(Locale.ROOT)).thenComparing(Learner::subject))
                .map(l -> new Row(l, columns.stream().map(c -> cell(quizzes.get(c.quizId()),
                        byLearner.getOrDefault(l.subject(), Map.of()).getOrDefault(c.quizId(), List.of()))).toList()))
                .toList();
        return new Gradebook(columns, rows);
    }

    private static Cell cell(Quiz quiz, List<Attempt> attempts) {
        List<Attempt> inOrder = attempts.stream().sorted(Comparator.comparingInt(Attempt::number)).toList();
        OptionalDouble grade = quiz.gradingMethod().grade(inOrder.stream().filter(a -> a.state() == AttemptState.GRADED)
                .map(a -> a.percent().orElseThrow().doubleValue()).toList());
        return new Cell(grade, grade.isPresent() && quiz.passes(grade.getAsDouble()),
                inOrder.stream().anyMatch(a -> a.state() == AttemptState.SUBMITTED), inOrder.size());
    }

    /** The rows whose learner's name or email contains {@code text} (any case), with the completion asked for. */
    public Gradebook filtered(String text, Completion completion) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return new Gradebook(columns, rows.stream()
                .filter(r -> wanted.isEmpty() || r.learner().name().toLowerCase(Locale.ROOT).contains(wanted)
                        || r.learner().email().toLowerCase(Locale.ROOT).contains(wanted))
                .filter(r -> completion == null || completion == Completion.ALL
                        || (completion == Completion.COMPLETED) == r.learner().completed())
                .toList());
    }
}
