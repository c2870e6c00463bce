package org.unitar.learning.catalogue;

import org.unitar.learning.shared.i18n.ContentLanguage;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What learners see of a course: its published revision, copied out of the entities once. A published revision
 * never changes (trainers edit a draft copy), so a snapshot made for revision {@link #revisionId} stays true for as
 * long as that revision is the published one, on every server.
 */
public record PublishedCourse(long courseId, long revisionId, int revisionNumber, ContentLanguage defaultLanguage,
                              Set<ContentLanguage> languages, Map<ContentLanguage, String> titles,
                              Map<ContentLanguage, String> summaries, Map<ContentLanguage, String> descriptions,
                              Set<Topic> topics, int estimatedMinutes, String cifalCentre, CourseFormat format,
                              EnrolmentPolicy enrolment, Long coverFileId, String coverName, String owner,
                              Set<String> coTrainers, List<Module> modules) {

    /** A module as learners see it, with what decides when it opens to them. */
    public record Module(long moduleId, Map<ContentLanguage, String> titles, Map<ContentLanguage, String> summaries,
                         Long prerequisiteModuleId, ModuleOpening opening, LocalDate opensOn, Integer opensAfterDays,
                         List<Lesson> lessons) {

        public String title(ContentLanguage language, ContentLanguage fallback) {
            return text(titles, language, fallback);
        }

        public String summary(ContentLanguage language, ContentLanguage fallback) {
            return text(summaries, language, fallback);
        }
    }

    /** A lesson as learners see it. */
    public record Lesson(long lessonId, long moduleId, LessonKind kind, Map<ContentLanguage, String> titles,
                         Map<ContentLanguage, String> bodies, int estimatedMinutes, boolean required,
                         CompletionRule completion, String url, List<LessonFile> files) {

        public String title(ContentLanguage language, ContentLanguage fallback) {
            return text(titles, language, fallback);
        }

        public String body(ContentLanguage language, ContentLanguage fallback) {
            return text(bodies, language, fallback);
        }

        /** The file with {@code role} in {@code language}, else in {@code fallback}. */
        public Optional<LessonFile> file(FileRole role, ContentLanguage language, ContentLanguage fallback) {
            return files.stream().filter(f -> f.role() == role && f.language() == language).findFirst()
                    .or(() -> files.stream().filter(f -> f.role() == role && f.language() == fallback).findFirst());
        }
    }

    /** The snapshot of {@code course}'s published revision; empty if it has none. */
    public static Optional<PublishedCourse> of(Course course) {
        return course.published().map(r -> new PublishedCourse(course.id(), r.id(), r.number(), course.defaultLanguage(),
                Set.copyOf(r.languages()), copy(r.titles()), copy(r.summaries()), copy(r.descriptions()),
                Set.copyOf(r.topics()), r.estimatedMinutes(), r.cifalCentre(), r.format(), r.enrolment(),
                r.coverFileId().orElse(null), r.coverName(), course.owner(), Set.copyOf(course.coTrainers()),
                r.modules().stream().map(PublishedCourse::module).toList()));
    }

    private static Module module(ModuleContent m) {
        return new Module(m.moduleId(), copy(m.titles()), copy(m.summaries()), m.prerequisite().orElse(null),
                m.opening(), m.opensOn(), m.opensAfterDays(),
                m.lessons().stream().map(l -> new Lesson(l.lessonId(), m.moduleId(), l.kind(), copy(l.titles()),
                        copy(l.bodies()), l.estimatedMinutes(), l.required(), l.completion(), l.url(),
                        List.copyOf(l.files()))).toList());
    }

    private static Map<ContentLanguage, String> copy(Map<ContentLanguage, String> texts) {
        return texts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(texts));
    }

    static String text(Map<ContentLanguage, String> texts, ContentLanguage language, ContentLanguage fallback) {
        String text = texts.get(language);
        return text != null ? text : texts.getOrDefault(fallback, "");
    }

    public String title(ContentLanguage language) {
        return text(titles, language, defaultLanguage);
    }

    public String summary(ContentLanguage language) {
        return text(summaries, language, defaultLanguage);
    }

    public String description(ContentLanguage language) {
        return text(descriptions, language, defaultLanguage);
    }

    /** The language the course is read in by someone who reads {@code wanted}: that one if offered, else the default. */
    public ContentLanguage readIn(ContentLanguage wanted) {
        return languages.contains(wanted) ? wanted : defaultLanguage;
    }

    public Stream<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream());
    }

    public Optional<Lesson> lesson(long lessonId) {
        return lessons().filter(l -> l.lessonId() == lessonId).findFirst();
    }

    /** Trainers of the course: its owner and co-trainers. */
    public boolean isTrainer(String subject) {
        return owner.equals(subject) || coTrainers.contains(subject);
    }
}
