package org.unitar.learning.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.unitar.learning.assessment.Question;
import org.unitar.learning.assessment.QuestionBank;
import org.unitar.learning.assessment.QuestionBankRepository;
import org.unitar.learning.assessment.QuestionBankXml;
import org.unitar.learning.assessment.QuestionCategory;
import org.unitar.learning.assessment.Quiz;
import org.unitar.learning.assessment.QuizRepository;
import org.unitar.learning.assessment.QuizSlot;
import org.unitar.learning.catalogue.CourseArchivePart;
import org.unitar.learning.catalogue.CourseRepository;
import org.unitar.learning.catalogue.LessonKind;
import org.unitar.learning.shared.archive.ArchiveRefused;
import org.unitar.learning.shared.archive.SafeXml;

/**
 * A course's question bank and quizzes in its export archive ({@code question-bank.xml}): the current version of
 * every question, by category, and the quiz of each assessment lesson with what it asks. Imported into the new
 * course, owned by the importer, checked as typed questions and settings are; runs in the catalogue's import
 * transaction, so a refused question refuses the whole course. Questions a quiz takes from a shared bank stay out
 * of the archive (they are not the course's to carry); the quiz keeps its other questions.
 */
@ApplicationScoped
public class QuestionBankArchive implements CourseArchivePart {

    @Inject
    QuestionBankRepository banks;

    @Inject
    QuizRepository quizzes;

    @Inject
    CourseRepository courses;

    @Inject
    Clock clock;

    @Override
    public String fileName() {
        return QuestionBankXml.FILE_NAME;
    }

    @Override
    public boolean hasContent(long courseId) {
        return !quizzes.ofCourse(courseId).isEmpty() || banks.ofCourse(courseId).stream().flatMap(b -> b.categories().stream())
                .anyMatch(c -> !banks.questions(c.id()).isEmpty());
    }

    @Override
    public void export(long courseId, Map<Long, String> lessonKeys, OutputStream out) {
        List<QuestionCategory> categories = banks.ofCourse(courseId).map(QuestionBank::categories).orElse(List.of());
        List<List<Question>> questions = categories.stream().map(c -> banks.questions(c.id())).toList();
        List<QuestionBankXml.Category> written = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            written.add(new QuestionBankXml.Category(categories.get(i).name(),
                    questions.get(i).stream().map(q -> q.current().content()).toList()));
        }
        List<QuestionBankXml.QuizEntry> quizEntries = quizzes.ofCourse(courseId).stream()
                .filter(q -> lessonKeys.containsKey(q.lessonId()))
                .map(q -> new QuestionBankXml.QuizEntry(lessonKeys.get(q.lessonId()), q.settings(),
                        q.slots().stream().flatMap(s -> ask(s, categories, questions).stream()).toList()))
                .toList();
        QuestionBankXml.write(new QuestionBankXml.Bank(written, quizEntries), out);
    }

    /** A slot as the file says it, by places in the course's bank; empty for a question of a shared bank. */
    private static Optional<QuestionBankXml.Ask> ask(QuizSlot slot, List<QuestionCategory> categories, List<List<Question>> questions) {
        for (int c = 0; c < categories.size(); c++) {
            long categoryId = categories.get(c).id();
            if (slot.category().filter(k -> k.id() == categoryId).isPresent()) {
                return Optional.of(new QuestionBankXml.Ask(c, null, slot.count()));
            }
            for (int q = 0; q < questions.get(c).size(); q++) {
                long questionId = questions.get(c).get(q).id();
                if (slot.question().filter(k -> k.id() == questionId).isPresent()) {
                    return Optional.of(new QuestionBankXml.Ask(c, q, 1));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void importInto(long courseId, String courseTitle, Map<String, Long> lessonIds, String importer, InputStream in)
            throws IOException, ArchiveRefused {
        QuestionBankXml.Bank read = QuestionBankXml.read(SafeXml.parse(in, QuestionBankXml.FILE_NAME));
        Instant now = clock.instant();
        List<QuestionCategory> categories = new ArrayList<>();
        List<List<Question>> questions = new ArrayList<>();
        if (!read.categories().isEmpty()) {
            QuestionBank bank = banks.add(QuestionBank.ofCourse(courseId, courseTitle, read.categories().get(0).name(), importer, now));
            for (int i = 0; i < read.categories().size(); i++) {
                QuestionBankXml.Category category = read.categories().get(i);
                QuestionCategory stored = i == 0 ? bank.categories().get(0) : bank.addCategory(category.name());
                banks.flush();
                categories.add(stored);
                questions.add(category.questions().stream().map(c -> banks.add(Question.create(stored, c, importer, now))).toList());
            }
        }
        for (QuestionBankXml.QuizEntry entry : read.quizzes()) {
            Long lessonId = lessonIds.get(entry.lesson());
            boolean assessment = lessonId != null && courses.find(courseId).flatMap(c -> c.current().lesson(lessonId))
                    .filter(l -> l.kind() == LessonKind.ASSESSMENT).isPresent();
            if (!assessment) {
                throw new IllegalArgumentException("a quiz for '" + entry.lesson() + "', which is not an assessment lesson of the course");
            }
            Quiz quiz = quizzes.add(Quiz.create(lessonId, courseId, importer, now));
            quiz.apply(entry.settings(), importer, now);
            for (QuestionBankXml.Ask ask : entry.asks()) {
                if (ask.question() != null) {
                    quiz.add(questions.get(ask.category()).get(ask.question()), importer, now);
                } else {
                    quiz.addDraw(categories.get(ask.category()), ask.count(), importer, now);
                }
            }
            quizzes.flush();
        }
    }
}
