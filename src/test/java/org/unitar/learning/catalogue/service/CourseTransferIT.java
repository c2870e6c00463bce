package org.unitar.learning.catalogue.service;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unitar.learning.assessment.ChoiceScoring;
import org.unitar.learning.assessment.NumericScoring;
import org.unitar.learning.assessment.Question;
import org.unitar.learning.assessment.QuestionBank;
import org.unitar.learning.assessment.Quiz;
import org.unitar.learning.assessment.QuestionCategory;
import org.unitar.learning.assessment.QuestionContent;
import org.unitar.learning.assessment.Response;
import org.unitar.learning.assessment.service.QuestionBanks;
import org.unitar.learning.assessment.service.Quizzes;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.CourseRevision;
import org.unitar.learning.catalogue.CourseStatus;
import org.unitar.learning.catalogue.FileRole;
import org.unitar.learning.catalogue.LessonContent;
import org.unitar.learning.catalogue.LessonKind;
import org.unitar.learning.catalogue.ModuleContent;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.support.ContainerTest;
import org.unitar.learning.support.Deployments;
import org.unitar.learning.support.InContainer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Export and import of whole courses in the container: the demo course goes out and comes back whole, and hostile or
 * broken archives are refused with their reason and leave nothing behind (no course, no file row).
 */
@ContainerTest
class CourseTransferIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(CourseTransferIT.class);
    }

    private CourseTransfer transfer;
    private CourseAuthoring authoring;
    private final Actor admin = new Actor(UUID.randomUUID().toString(), false, true);
    private final Actor trainer = new Actor(UUID.randomUUID().toString(), true, false);

    @BeforeEach
    void lookUp() {
        transfer = InContainer.bean(CourseTransfer.class);
        authoring = InContainer.bean(CourseAuthoring.class);
    }

    @Test
    void theDemoCourseExportedAndImportedComesBackWholeAsANewDraftOfTheImporter() throws Exception {
        long demo = count("SELECT course_id FROM demo_seed WHERE name = ?", DemoCourse.NAME);
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        transfer.exportArchive(admin, demo, archive);

        long copy = transfer.importArchive(trainer, new ByteArrayInputStream(archive.toByteArray()));

        Course original = authoring.editable(admin, demo);
        Course imported = authoring.editable(trainer, copy);
        assertThat(imported.owner()).isEqualTo(trainer.subject());
        assertThat(imported.status()).isEqualTo(CourseStatus.DRAFT);
        CourseRevision before = original.current();
        CourseRevision after = imported.current();
        assertThat(after.languages()).isEqualTo(before.languages()).contains(ContentLanguage.ARABIC, ContentLanguage.FRENCH);
        for (ContentLanguage language : before.languages()) {
            assertThat(after.title(language, language)).isEqualTo(before.title(language, language));
            assertThat(after.description(language, language)).isEqualTo(before.description(language, language));
        }
        assertThat(after.sdgs()).isEqualTo(before.sdgs());
        assertThat(after.modules()).hasSameSizeAs(before.modules());
        for (int m = 0; m < before.modules().size(); m++) {
            ModuleContent a = before.modules().get(m);
            ModuleContent b = after.modules().get(m);
            assertThat(b.moduleId()).isNotEqualTo(a.moduleId());
            assertThat(b.titles()).isEqualTo(a.titles());
            assertThat(b.prerequisite().isPresent()).isEqualTo(a.prerequisite().isPresent());
            assertThat(b.lessons()).extracting(LessonContent::kind).isEqualTo(a.lessons().stream().map(LessonContent::kind).toList());
            for (int l = 0; l < a.lessons().size(); l++) {
                assertThat(b.lessons().get(l).bodies()).isEqualTo(a.lessons().get(l).bodies());
                assertThat(b.lessons().get(l).files()).hasSameSizeAs(a.lessons().get(l).files());
            }
        }
        LessonContent video = after.modules().get(0).lessons().stream().filter(l -> !l.files().isEmpty()).findFirst().orElseThrow();
        assertThat(video.files().stream().filter(f -> f.role() == FileRole.CAPTIONS)).hasSize(4);
        assertThat(authoring.mayReadFile(trainer, video.files().get(0).fileId())).isTrue();
        LessonContent assessment = after.modules().stream().flatMap(m -> m.lessons().stream())
                .filter(l -> l.kind() == LessonKind.ASSESSMENT).findFirst().orElseThrow();
        Quiz quiz = InContainer.bean(Quizzes.class).quiz(trainer, copy, assessment.lessonId());
        assertThat(quiz.questionCount()).isEqualTo(7);
        assertThat(quiz.passPercent()).isEqualTo(70);
        assertThat(quiz.timeLimitMinutes()).contains(30);
        assertThat(quiz.slots()).allSatisfy(slot -> assertThat(slot.question().orElseThrow().category().bank().courseId()).contains(copy));
    }

    @Test
    void hostileArchivesAreRefusedWithTheirReasonAndLeaveNothingBehind() throws Exception {
        byte[] manifest = manifest("<p>ok</p>", "https://example.org/").getBytes(StandardCharsets.UTF_8);
        assertRefused(zip("course.xml", manifest, "../../etc/cron.d/evil", new byte[]{1}), "archive.refused.unsafe-path");
        assertRefused(zip("course.xml", manifest, "/etc/passwd", new byte[]{1}), "archive.refused.unsafe-path");
        assertRefused(zip("course.xml", ("<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<course xmlns=\"urn:unitar:learning:course:1\" format-version=\"1\">&e;</course>").getBytes(StandardCharsets.UTF_8)),
                "archive.refused.bad-xml");
        assertRefused(zip("readme.txt", new byte[]{1}), "import.refused.no-manifest");
        assertRefused("not a zip at all".getBytes(StandardCharsets.UTF_8), "archive.refused.not-a-zip");
        assertRefused(zip("course.xml", manifest("<p>x</p>", "javascript:alert(1)").getBytes(StandardCharsets.UTF_8)), "import.refused.value");
        String document = manifest("<p>x</p>", "https://example.org/").replace("kind=\"LINK\"", "kind=\"DOCUMENT\"")
                .replace("<url>https://example.org/</url>", "<file path=\"files/checklist.pdf\"/>");
        assertRefused(zip("course.xml", document.getBytes(StandardCharsets.UTF_8)), "archive.refused.missing-entry");
        assertRefused(zip("course.xml", document.getBytes(StandardCharsets.UTF_8),
                "files/checklist.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), "files.refused.type-not-allowed");
        assertRefused(zip("course.xml", manifest("<p>x</p>", "https://example.org/")
                .replace("format-version=\"1\"", "format-version=\"9\"").getBytes(StandardCharsets.UTF_8)), "import.refused.manifest");
    }

    @Test
    void scriptsInImportedRichTextAreRemovedAndExpressionsKeptAsText() throws Exception {
        long id = transfer.importArchive(trainer, new ByteArrayInputStream(zip("course.xml",
                manifest("<p onclick=\"steal()\">Hello #{7*7}</p><script>alert(1)</script><a href=\"javascript:x()\">y</a>",
                        "https://example.org/").getBytes(StandardCharsets.UTF_8))));

        String body = authoring.editable(trainer, id).current().modules().get(0).lessons().get(0)
                .body(ContentLanguage.ENGLISH, ContentLanguage.ENGLISH);
        assertThat(body).contains("Hello #{7*7}").doesNotContain("script", "onclick", "javascript");
    }

    @Test
    void aFiftyLessonCourseImports() throws Exception {
        StringBuilder lessons = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            lessons.append("<lesson key=\"l").append(i).append("\" kind=\"PAGE\" minutes=\"5\" required=\"true\" completion=\"ON_VIEW\">")
                    .append("<title lang=\"en\">Lesson ").append(i).append("</title><title lang=\"fr\">Leçon ").append(i).append("</title>")
                    .append("<body lang=\"en\"><![CDATA[<p>").append("Text of the lesson. ".repeat(40)).append("</p>]]></body></lesson>");
        }
        String manifest = manifest("<p>x</p>", "https://example.org/").replaceFirst("<lesson .*</lesson>", lessons.toString());
        long start = System.nanoTime();
        long id = transfer.importArchive(trainer, new ByteArrayInputStream(zip("course.xml", manifest.getBytes(StandardCharsets.UTF_8))));
        System.out.printf("Import of a 50-lesson course: %d ms%n", (System.nanoTime() - start) / 1_000_000);

        assertThat(authoring.editable(trainer, id).current().modules().get(0).lessons()).hasSize(50);
    }

    @Test
    void aCoursesQuestionBankTravelsInItsArchiveAndABadQuestionRefusesTheImport() throws Exception {
        QuestionBanks banks = InContainer.bean(QuestionBanks.class);
        long id = transfer.importArchive(trainer, new ByteArrayInputStream(zip("course.xml", manifest("<p>x</p>", "https://example.org").getBytes(StandardCharsets.UTF_8))));
        QuestionBank bank = banks.ofCourse(trainer, id, "General");
        long data = banks.addCategory(trainer, bank.id(), "Données").id();
        long choice = banks.addQuestion(trainer, bank.categories().get(0).id(), new QuestionContent(BigDecimal.ONE,
                Map.of(ContentLanguage.ENGLISH, "<p>Who welcomes?</p>", ContentLanguage.FRENCH, "<p>Qui accueille ?</p>"), Map.of(),
                List.of(new QuestionContent.Part("a", Map.of(ContentLanguage.ENGLISH, "The city"), Map.of(ContentLanguage.ENGLISH, "Yes")),
                        new QuestionContent.Part("b", Map.of(ContentLanguage.ENGLISH, "Nobody"), Map.of())),
                ChoiceScoring.single(List.of(new ChoiceScoring.Option("a", 1), new ChoiceScoring.Option("b", 0))))).id();
        banks.addQuestion(trainer, data, new QuestionContent(new BigDecimal("2.5"), Map.of(ContentLanguage.ENGLISH, "<p>How far?</p>"), Map.of(),
                List.of(), NumericScoring.of(List.of(new NumericScoring.Accepted(new BigDecimal("2.5"), new BigDecimal("0.1"), 1)),
                        List.of(new NumericScoring.Unit("km", BigDecimal.ONE), new NumericScoring.Unit("m", new BigDecimal("1000"))), false)));
        QuestionContent revised = banks.revise(trainer, choice, 1, banks.question(trainer, choice).current().content()).content();
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        transfer.exportArchive(trainer, id, archive);

        long copy = transfer.importArchive(admin, new ByteArrayInputStream(archive.toByteArray()));

        QuestionBank copied = banks.ofCourse(admin, copy, "x");
        assertThat(copied.categories()).extracting(QuestionCategory::name).containsExactly("General", "Données");
        List<Question> choices = banks.questions(admin, copied.categories().get(0).id());
        assertThat(choices).singleElement().satisfies(q -> {
            assertThat(q.current().number()).isEqualTo(1);
            assertThat(q.current().content().stem()).isEqualTo(revised.stem());
            assertThat(q.current().content().parts()).isEqualTo(revised.parts());
            assertThat(q.current().scoring()).isEqualTo(revised.scoring());
        });
        assertThat(banks.questions(admin, copied.categories().get(1).id())).singleElement().satisfies(q -> {
            assertThat(q.current().points()).isEqualByComparingTo("2.5");
            assertThat(q.current().scoring().score(Response.of("2500 m"))).contains(1.0);
        });

        String noFullCredit = """
                <question-bank xmlns="urn:unitar:learning:question-bank:1"><category name="A"><question type="SINGLE_CHOICE" points="1">
                <stem lang="en">Which?</stem><part key="a"><text lang="en">A</text></part><part key="b"><text lang="en">B</text></part>
                <scoring>{"type":"SINGLE_CHOICE","options":[{"key":"a","credit":"0.5"},{"key":"b","credit":"0"}]}</scoring>
                </question></category></question-bank>""";
        byte[] course = manifest("<p>x</p>", "https://example.org").getBytes(StandardCharsets.UTF_8);
        assertRefused(zip("course.xml", course, "question-bank.xml", noFullCredit.getBytes(StandardCharsets.UTF_8)), "import.refused.value");
        assertRefused(zip("course.xml", course, "question-bank.xml", noFullCredit.replace("{\"type\"", "{{").getBytes(StandardCharsets.UTF_8)),
                "import.refused.manifest");
    }

    private void assertRefused(byte[] archive, String messageKey) throws SQLException {
        long courses = count("SELECT COUNT(*) FROM course");
        long files = count("SELECT COUNT(*) FROM stored_file");
        assertThatThrownBy(() -> transfer.importArchive(trainer, new ByteArrayInputStream(archive)))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.messageKey()).as(e.getMessage()).isEqualTo(messageKey));
        assertThat(count("SELECT COUNT(*) FROM course")).isEqualTo(courses);
        assertThat(count("SELECT COUNT(*) FROM stored_file")).isEqualTo(files);
    }

    private static String manifest(String body, String url) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <course xmlns="urn:unitar:learning:course:1" format-version="1" default-language="en">
                  <languages>en fr</languages>
                  <title lang="en">Imported course</title>
                  <summary lang="en">A course made for a test.</summary>
                  <topics>DATA_EVIDENCE</topics>
                  <sdgs>10</sdgs>
                  <estimated-minutes>60</estimated-minutes>
                  <cifal-centre>CIFAL-DURBAN</cifal-centre>
                  <format>SELF_PACED</format>
                  <enrolment>OPEN</enrolment>
                  <module key="one">
                    <title lang="en">One</title>
                    <lesson key="first" kind="LINK" minutes="5" required="true" completion="ON_VIEW"><title lang="en">First</title><body lang="en"><![CDATA[%s]]></body><url>%s</url></lesson>
                  </module>
                </course>
                """.formatted(body, url).strip();
    }

    /** A ZIP of the given name/content pairs, in that order. */
    private static byte[] zip(Object... namesAndContents) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            entries.put((String) namesAndContents[i], (byte[]) namesAndContents[i + 1]);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = InContainer.database().getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
