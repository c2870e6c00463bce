package org.unitar.learning.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.CourseArchivePart;
import org.unitar.learning.catalogue.CourseDetails;
import org.unitar.learning.catalogue.CourseRepository;
import org.unitar.learning.catalogue.CourseRevision;
import org.unitar.learning.catalogue.LessonContent;
import org.unitar.learning.catalogue.LessonDetails;
import org.unitar.learning.catalogue.LessonFile;
import org.unitar.learning.catalogue.ModuleContent;
import org.unitar.learning.catalogue.ModuleDetails;
import org.unitar.learning.catalogue.StructureRefused;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.archive.ArchiveRefused;
import org.unitar.learning.shared.archive.SafeArchive;
import org.unitar.learning.shared.archive.SafeXml;
import org.unitar.learning.shared.audit.AuditLog;
import org.unitar.learning.shared.files.FileRefused;
import org.unitar.learning.shared.files.FileStore;
import org.unitar.learning.shared.files.FileType;
import org.unitar.learning.shared.files.StoredFile;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Export and import of whole courses as one ZIP archive: {@code course.xml} ({@link CourseManifest}), the
 * files it names, and the file of each other part that keeps something with the course ({@link CourseArchivePart}:
 * the question bank). An import makes a new draft course owned by the importer, on this installation or another: the
 * way to copy a course and to back one up. The archive is read defensively ({@link SafeArchive}, {@link SafeXml}),
 * every text goes through the same rules as the forms, and a refused import keeps nothing (one transaction; stored
 * files are removed with it).
 */
@ApplicationScoped
@Transactional
public class CourseTransfer {

    public static final String AUDIT_IMPORTED = "catalogue.course-imported";
    public static final String AUDIT_EXPORTED = "catalogue.course-exported";

    /** The manifest is read whole; no real course needs more. */
    private static final long MAX_MANIFEST_BYTES = 20L * 1024 * 1024;

    /** Where the files an archive names come from. */
    @FunctionalInterface
    public interface PackageFiles {
        InputStream open(String path) throws IOException, ArchiveRefused;
    }

    @Inject
    CourseRepository courses;

    @Inject
    CourseAuthoring authoring;

    @Inject
    FileStore files;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Instance<CourseArchivePart> parts;

    /** Imports an archive as a new draft course of {@code actor}; returns its id. */
    public long importArchive(@NotNull Actor actor, @NotNull InputStream zip) {
        try (SafeArchive archive = SafeArchive.read(zip, SafeArchive.Limits.defaults())) {
            if (!archive.paths().contains(CourseManifest.FILE_NAME)) {
                throw new ImportRefused("import.refused.no-manifest", CourseManifest.FILE_NAME);
            }
            if (archive.size(CourseManifest.FILE_NAME) > MAX_MANIFEST_BYTES) {
                throw new ImportRefused("archive.refused.too-large", CourseManifest.FILE_NAME);
            }
            CourseManifest manifest;
            try (InputStream xml = archive.open(CourseManifest.FILE_NAME)) {
                manifest = CourseManifest.read(SafeXml.parse(xml, CourseManifest.FILE_NAME));
            }
            Course course = build(actor, manifest, archive::open);
            for (CourseArchivePart part : parts) {
                if (archive.paths().contains(part.fileName()) && archive.size(part.fileName()) > MAX_MANIFEST_BYTES) {
                    throw new ImportRefused("archive.refused.too-large", part.fileName());
                }
            }
            importParts(actor, course, manifest, archive.paths()::contains, archive::open);
            return course.id();
        } catch (ArchiveRefused e) {
            throw new ImportRefused(e.reason().messageKey(), e.entry());
        } catch (CourseManifest.Invalid e) {
            throw new ImportRefused("import.refused.manifest", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads, into a course just built from {@code manifest}, the file of every other part that {@code source} has
     * ({@link CourseArchivePart}); a refused value or a malformed file refuses the whole course.
     */
    public void importParts(@NotNull Actor actor, @NotNull Course course, @NotNull CourseManifest manifest,
                            @NotNull Predicate<String> has, @NotNull PackageFiles source) {
        for (CourseArchivePart part : parts) {
            if (!has.test(part.fileName())) {
                continue;
            }
            try (InputStream in = source.open(part.fileName())) {
                part.importInto(course.id(), manifest.titles().get(manifest.defaultLanguage()), lessonIds(manifest, course),
                        actor.subject(), in);
            } catch (InputRefused e) {
                throw new ImportRefused("import.refused.value", part.fileName() + " " + e.field(), e.messageKey());
            } catch (IllegalArgumentException e) {
                throw new ImportRefused("import.refused.manifest", e.getMessage());
            } catch (ArchiveRefused e) {
                throw new ImportRefused(e.reason().messageKey(), e.entry());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The ids of the lessons just built from {@code manifest}, by their key there (both are in course order). */
    private static Map<String, Long> lessonIds(CourseManifest manifest, Course course) {
        List<String> keys = manifest.modules().stream().flatMap(m -> m.lessons().stream()).map(CourseManifest.Lesson::key).toList();
        List<Long> ids = course.current().modules().stream().flatMap(m -> m.lessons().stream()).map(LessonContent::lessonId).toList();
        Map<String, Long> byKey = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            byKey.put(keys.get(i), ids.get(i));
        }
        return byKey;
    }

    /**
     * Makes a new draft course of {@code actor} from a manifest and its files; every value is checked as the forms
     * check it, and anything wrong refuses the whole course.
     */
    public Course build(@NotNull Actor actor, @NotNull CourseManifest manifest, @NotNull PackageFiles source) {
        try {
            return create(actor, manifest, source);
        } catch (CourseManifest.Invalid e) {
            throw new ImportRefused("import.refused.manifest", e.getMessage());
        } catch (InputRefused e) {
            throw new ImportRefused("import.refused.value", e.field(), e.messageKey());
        } catch (StructureRefused e) {
            throw new ImportRefused("import.refused.value", null, e.messageKey());
        } catch (UnknownCifalCentre e) {
            throw new ImportRefused("import.refused.value", "cifal-centre " + manifest.cifalCentre());
        } catch (FileRefused e) {
            throw new ImportRefused(e.reason().messageKey(), null);
        } catch (ArchiveRefused e) {
            throw new ImportRefused(e.reason().messageKey(), e.entry());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Course create(Actor actor, CourseManifest manifest, PackageFiles source) throws IOException, ArchiveRefused {
        ContentLanguage main = manifest.defaultLanguage();
        CourseDetails details = new CourseDetails();
        details.setLanguage(main);
        details.setLanguages(Set.copyOf(manifest.languages()));
        details.setTitle(manifest.titles().get(main));
        details.setSummary(manifest.summaries().get(main));
        details.setDescription(manifest.descriptions().get(main));
        details.setTopics(manifest.topics().isEmpty() ? Set.of() : Set.copyOf(manifest.topics()));
        details.setSdgs(manifest.sdgs());
        details.setGcmObjectives(manifest.gcmObjectives());
        details.setEstimatedMinutes(manifest.estimatedMinutes());
        details.setCifalCentre(manifest.cifalCentre());
        details.setFormat(manifest.format());
        details.setEnrolment(manifest.enrolment());
        check(details, "course");
        Course course = authoring.create(actor, details);
        Instant now = clock.instant();
        for (ContentLanguage language : others(manifest.titles(), manifest.summaries(), manifest.descriptions(), main)) {
            course.translate(actor, language, manifest.titles().get(language), manifest.summaries().get(language),
                    manifest.descriptions().get(language), now);
        }
        if (manifest.cover() != null) {
            try (InputStream content = source.open(manifest.cover())) {
                StoredFile image = files.store(content, manifest.cover(), EnumSet.of(FileType.JPEG, FileType.PNG, FileType.WEBP), actor.subject());
                course.cover(actor, image.id(), image.name(), now);
            } catch (FileRefused e) {
                throw new ImportRefused(e.reason().messageKey(), manifest.cover());
            }
        }
        Map<String, Long> moduleIds = new HashMap<>();
        Set<String> lessonKeys = new HashSet<>();
        for (CourseManifest.Module module : manifest.modules()) {
            if (moduleIds.containsKey(module.key())) {
                throw new CourseManifest.Invalid("two modules with key " + module.key());
            }
            ModuleDetails moduleDetails = new ModuleDetails();
            moduleDetails.setLanguage(main);
            moduleDetails.setTitle(module.titles().get(main));
            moduleDetails.setSummary(module.summaries().get(main));
            if (module.requires() != null) {
                Long required = moduleIds.get(module.requires());
                if (required == null) {
                    throw new CourseManifest.Invalid("module " + module.key() + " requires " + module.requires() + ", which is not before it");
                }
                moduleDetails.setPrerequisite(required);
            }
            moduleDetails.setOpening(module.opening());
            moduleDetails.setOpensOn(module.opensOn());
            moduleDetails.setOpensAfterDays(module.opensAfterDays());
            check(moduleDetails, "module " + module.key());
            ModuleContent added = course.addModule(actor, moduleDetails, now);
            courses.flush();
            moduleIds.put(module.key(), added.moduleId());
            for (ContentLanguage language : others(module.titles(), module.summaries(), Map.of(), main)) {
                course.translateModule(actor, added.moduleId(), language, module.titles().get(language), module.summaries().get(language), now);
            }
            for (CourseManifest.Lesson lesson : module.lessons()) {
                if (!lessonKeys.add(lesson.key())) {
                    throw new CourseManifest.Invalid("two lessons with key " + lesson.key());
                }
                addLesson(actor, course, added.moduleId(), lesson, main, source, now);
            }
        }
        audit.record(actor.subject(), AUDIT_IMPORTED, "course", course.id(), manifest.modules().size() + " modules");
        return course;
    }

    private void addLesson(Actor actor, Course course, long moduleId, CourseManifest.Lesson lesson, ContentLanguage main,
                           PackageFiles source, Instant now) throws IOException, ArchiveRefused {
        LessonDetails details = new LessonDetails();
        details.setLanguage(main);
        details.setKind(lesson.kind());
        details.setTitle(lesson.titles().get(main));
        details.setBody(lesson.bodies().get(main));
        details.setEstimatedMinutes(lesson.minutes());
        details.setRequired(lesson.required());
        details.setCompletion(lesson.completion());
        details.setUrl(lesson.url());
        check(details, "lesson " + lesson.key());
        LessonContent added;
        try {
            added = course.addLesson(actor, moduleId, details, now);
        } catch (InputRefused e) {
            throw new InputRefused("lesson " + lesson.key() + " " + e.field(), e.messageKey());
        }
        courses.flush();
        for (ContentLanguage language : others(lesson.titles(), lesson.bodies(), Map.of(), main)) {
            course.translateLesson(actor, added.lessonId(), language, lesson.titles().get(language), lesson.bodies().get(language), now);
        }
        for (CourseManifest.FileEntry entry : lesson.files()) {
            StoredFile file;
            try (InputStream content = source.open(entry.path())) {
                file = files.store(content, entry.path(), added.accepts(entry.role()), actor.subject());
            } catch (FileRefused e) {
                throw new ImportRefused(e.reason().messageKey(), entry.path());
            }
            course.attachFile(actor, added.lessonId(), new LessonFile(entry.language(), entry.role(), file.id(), file.type(), file.name()), now);
        }
    }

    /** Refuses ({@link org.unitar.learning.shared.security.Forbidden}) anyone who may not export the course. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkExportable(@NotNull Actor actor, long courseId) {
        authoring.editable(actor, courseId);
    }

    /** Writes the course as an archive: what editors see now (the draft if there is one). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void exportArchive(@NotNull Actor actor, long courseId, @NotNull OutputStream out) throws IOException {
        Course course = authoring.editable(actor, courseId);
        CourseRevision revision = course.current();
        Map<Long, String> moduleKeys = new HashMap<>();
        Map<Long, String> lessonKeys = new HashMap<>();
        Map<String, Long> filesToWrite = new LinkedHashMap<>();
        List<CourseManifest.Module> modules = new ArrayList<>();
        for (ModuleContent module : revision.modules()) {
            String key = "module-" + module.moduleId();
            moduleKeys.put(module.moduleId(), key);
            List<CourseManifest.Lesson> lessons = new ArrayList<>();
            for (LessonContent lesson : module.lessons()) {
                List<CourseManifest.FileEntry> entries = new ArrayList<>();
                for (LessonFile file : lesson.files()) {
                    String path = "files/" + file.fileId() + "-" + file.name();
                    filesToWrite.put(path, file.fileId());
                    entries.add(new CourseManifest.FileEntry(file.language(), file.role(), path));
                }
                lessonKeys.put(lesson.lessonId(), "lesson-" + lesson.lessonId());
                lessons.add(new CourseManifest.Lesson(lessonKeys.get(lesson.lessonId()), lesson.kind(), lesson.estimatedMinutes(),
                        lesson.required(), lesson.completion(), lesson.titles(), lesson.bodies(), lesson.url(), entries));
            }
            modules.add(new CourseManifest.Module(key, module.titles(), module.summaries(),
                    module.prerequisite().map(moduleKeys::get).orElse(null), module.opening(), module.opensOn(),
                    module.opensAfterDays(), lessons));
        }
        CourseManifest manifest = new CourseManifest(course.defaultLanguage(), new LinkedHashSet<>(revision.languages()),
                revision.titles(), revision.summaries(), revision.descriptions(), revision.topics(), revision.sdgs(),
                revision.gcmObjectives(), revision.estimatedMinutes(), revision.cifalCentre(), revision.format(),
                revision.enrolment(), revision.coverFileId().map(f -> "files/" + f + "-" + revision.coverName()).orElse(null), modules);
        revision.coverFileId().ifPresent(f -> filesToWrite.put("files/" + f + "-" + revision.coverName(), f));
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(CourseManifest.FILE_NAME));
        manifest.write(zip);
        zip.closeEntry();
        for (Map.Entry<String, Long> file : filesToWrite.entrySet()) {
            StoredFile stored = files.find(file.getValue()).orElseThrow();
            zip.putNextEntry(new ZipEntry(file.getKey()));
            Files.copy(files.path(stored), zip);
            zip.closeEntry();
        }
        for (CourseArchivePart part : parts) {
            if (part.hasContent(courseId)) {
                zip.putNextEntry(new ZipEntry(part.fileName()));
                part.export(courseId, lessonKeys, zip);
                zip.closeEntry();
            }
        }
        zip.finish();
        audit.record(actor.subject(), AUDIT_EXPORTED, "course", courseId, "revision " + revision.number());
    }

    /** The languages other than {@code main} that any of the texts has. */
    private static Set<ContentLanguage> others(Map<ContentLanguage, String> a, Map<ContentLanguage, String> b,
                                               Map<ContentLanguage, String> c, ContentLanguage main) {
        Map<ContentLanguage, Boolean> all = new EnumMap<>(ContentLanguage.class);
        a.keySet().forEach(l -> all.put(l, true));
        b.keySet().forEach(l -> all.put(l, true));
        c.keySet().forEach(l -> all.put(l, true));
        all.remove(main);
        return all.keySet();
    }

    private void check(Object details, String where) {
        Set<ConstraintViolation<Object>> violations = validator.validate(details);
        if (!violations.isEmpty()) {
            ConstraintViolation<Object> first = violations.iterator().next();
            throw new ImportRefused("import.refused.value", where + " " + first.getPropertyPath() + ": " + first.getMessage());
        }
    }
}
