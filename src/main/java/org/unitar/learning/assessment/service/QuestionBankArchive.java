package org.unitar.learning.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.unitar.learning.assessment.Question;
import org.unitar.learning.assessment.QuestionBank;
import org.unitar.learning.assessment.QuestionBankRepository;
import org.unitar.learning.assessment.QuestionBankXml;
import org.unitar.learning.assessment.QuestionCategory;
import org.unitar.learning.catalogue.CourseArchivePart;
import org.unitar.learning.shared.archive.ArchiveRefused;
import org.unitar.learning.shared.archive.SafeXml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A course's question bank in its export archive ({@code question-bank.xml}): the current version of every question,
 * by category. Imported into the new course's bank, owned by the importer, checked as typed questions are; runs in
 * the catalogue's import transaction, so a refused question refuses the whole course.
 */
@ApplicationScoped
public class QuestionBankArchive implements CourseArchivePart {

    @Inject
    QuestionBankRepository banks;

    @Inject
    Clock clock;

    @Override
    public String fileName() {
        return QuestionBankXml.FILE_NAME;
    }

    @Override
    public boolean hasContent(long courseId) {
        return banks.ofCourse(courseId).stream().flatMap(b -> b.categories().stream())
                .anyMatch(c -> !banks.questions(c.id()).isEmpty());
    }

    @Override
    public void export(long courseId, OutputStream out) {
        QuestionBank bank = banks.ofCourse(courseId).orElseThrow();
        QuestionBankXml.write(bank.categories().stream().map(c -> new QuestionBankXml.Category(c.name(),
                banks.questions(c.id()).stream().map(q -> q.current().content()).toList())).toList(), out);
    }

    @Override
    public void importInto(long courseId, String courseTitle, String importer, InputStream in) throws IOException, ArchiveRefused {
        List<QuestionBankXml.Category> categories = QuestionBankXml.read(SafeXml.parse(in, QuestionBankXml.FILE_NAME));
        if (categories.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        QuestionBank bank = banks.add(QuestionBank.ofCourse(courseId, courseTitle, categories.get(0).name(), importer, now));
        for (int i = 0; i < categories.size(); i++) {
            QuestionBankXml.Category read = categories.get(i);
            QuestionCategory category = i == 0 ? bank.categories().get(0) : bank.addCategory(read.name());
            banks.flush();
            for (var content : read.questions()) {
                banks.add(Question.create(category, content, importer, now));
            }
        }
    }
}
