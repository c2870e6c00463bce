package org.unitar.learning.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.unitar.learning.assessment.Gradebook;
import org.unitar.learning.assessment.Quiz;
import org.unitar.learning.assessment.QuizRepository;
import org.unitar.learning.catalogue.LessonKind;
import org.unitar.learning.catalogue.PublishedCourse;
import org.unitar.learning.catalogue.service.PublishedCourses;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.identity.UserAccountRepository;
import org.unitar.learning.learning.Enrolment;
import org.unitar.learning.learning.service.Enrolments;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;

/**
 * The gradebook of a course for its trainers and administrators (anyone else: Forbidden): the learners enrolled now,
 * the quizzes of the published course in course order, grades as each quiz's grading method makes them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Gradebooks {

    @Inject
    Enrolments enrolments;

    @Inject
    PublishedCourses courses;

    @Inject
    QuizRepository quizzes;

    @Inject
    UserAccountRepository accounts;

    public Gradebook gradebook(@NotNull Actor actor, long courseId, @NotNull ContentLanguage reader) {
        List<Enrolment> enrolled = enrolments.ofCourse(actor, courseId).stream().filter(Enrolment::isActive).toList();
        Optional<PublishedCourse> course = courses.find(courseId);
        Map<Long, Quiz> byLesson = quizzes.ofCourse(courseId).stream().collect(Collectors.toMap(Quiz::lessonId, Function.identity()));
        List<Gradebook.Column> columns = course.stream().flatMap(PublishedCourse::lessons)
                .filter(l -> l.kind() == LessonKind.ASSESSMENT && byLesson.containsKey(l.lessonId()))
                .map(l -> new Gradebook.Column(l.lessonId(), l.title(course.get().readIn(reader), course.get().defaultLanguage()),
                        byLesson.get(l.lessonId()).passPercent()))
                .toList();
        List<Gradebook.Learner> learners = enrolled.stream().map(e -> {
            Optional<UserAccount> account = accounts.findBySubject(e.learner());
            return new Gradebook.Learner(e.learner(), account.map(UserAccount::displayName).orElse(e.learner()),
                    account.map(UserAccount::email).orElse(""), e.completedAt().isPresent());
        }).toList();
        return Gradebook.of(columns, byLesson, learners, quizzes.attemptsOfCourse(courseId));
    }
}
