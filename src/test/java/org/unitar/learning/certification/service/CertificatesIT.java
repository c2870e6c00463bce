package org.unitar.learning.certification.service;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.certification.Certificate;
import org.unitar.learning.certification.CertificateStatus;
import org.unitar.learning.certification.CertificateTemplate;
import org.unitar.learning.certification.Issuing;
import org.unitar.learning.identity.IdentityClaims;
import org.unitar.learning.identity.service.SignIn;
import org.unitar.learning.learning.AttendanceStatus;
import org.unitar.learning.learning.EditionSession;
import org.unitar.learning.learning.SessionMode;
import org.unitar.learning.learning.service.Enrolments;
import org.unitar.learning.learning.service.Sessions;
import org.unitar.learning.learning.service.Learning;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.shared.mail.MailDelivery;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.shared.security.NotFound;
import org.unitar.learning.support.AtOnce;
import org.unitar.learning.support.ContainerTest;
import org.unitar.learning.support.CourseFixtures;
import org.unitar.learning.support.Deployments;
import org.unitar.learning.support.InContainer;
import org.unitar.learning.support.Inbox;
import org.unitar.learning.support.Sql;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.unitar.learning.shared.i18n.ContentLanguage.ENGLISH;

/**
 * Certificates on the real database in Payara: one certificate per enrolment however many issue it at once, numbers
 * without gaps or repeats, revocation and replacement as anyone verifying sees them, and who may do what.
 */
@ContainerTest
class CertificatesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(CourseFixtures.class, CertificatesIT.class, Sql.class, AtOnce.class, Inbox.class);
    }

    private record Built(long courseId, long lessonId) {
    }

    private final Actor owner = new Actor(UUID.randomUUID().toString(), true, false);
    private final Actor admin = new Actor(UUID.randomUUID().toString(), false, true);
    private CourseAuthoring authoring;
    private Enrolments enrolments;
    private Learning learning;
    private Certificates certificates;
    private Credentials credentials;
    private CertificateTemplates templates;
    private SignIn signIn;
    private Sessions sessions;

    @BeforeEach
    void lookUp() {
        authoring = InContainer.bean(CourseAuthoring.class);
        enrolments = InContainer.bean(Enrolments.class);
        learning = InContainer.bean(Learning.class);
        certificates = InContainer.bean(Certificates.class);
        credentials = InContainer.bean(Credentials.class);
        templates = InContainer.bean(CertificateTemplates.class);
        signIn = InContainer.bean(SignIn.class);
        sessions = InContainer.bean(Sessions.class);
    }

    @Test
    void anAttendanceThresholdHoldsTheCertificateBackUntilEnoughSessionsWereAttended() {
        Built course = course();
        certificates.changeRule(admin, course.courseId(), Issuing.AUTOMATIC, false, null, 50);
        long edition = enrolments.editions(course.courseId()).get(0).id();
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        long first = sessions.plan(owner, edition, new EditionSession.Details("Opening workshop", SessionMode.IN_PERSON,
                yesterday, LocalTime.of(9, 0), 180, "Hôtel de ville, Saint-Louis", null)).id();
        long second = sessions.plan(owner, edition, new EditionSession.Details("Follow-up call", SessionMode.ONLINE,
                yesterday, LocalTime.of(15, 0), 60, null, "https://meet.example.org/follow-up")).id();
        sessions.plan(owner, edition, new EditionSession.Details("Closing", SessionMode.ONLINE,
                yesterday.plusDays(30), LocalTime.of(9, 0), 60, null, "https://meet.example.org/closing"));

        Actor diligent = learner("Fatou Ndiaye", "fr");
        Actor excused = learner("Ibrahima Sow", "fr");
        long diligentEnrolment = completed(course, diligent);
        long excusedEnrolment = completed(course, excused);
        assertThat(Sql.number("SELECT COUNT(*) FROM certificate WHERE enrolment_id IN (?, ?)", diligentEnrolment, excusedEnrolment))
                .as("nobody attended a session yet: no certificate on completion").isZero();
        assertThatThrownBy(() -> certificates.issue(admin, diligentEnrolment)).isInstanceOfSatisfying(InputRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("certificates.attendanceTooLow"));
        assertThat(certificates.waiting(admin)).filteredOn(w -> w.enrolmentId() == diligentEnrolment).singleElement()
                .satisfies(w -> {
                    assertThat(w.attendance()).hasValueSatisfying(a -> assertThat(a.percent()).isZero());
                    assertThat(w.required()).contains(50);
                });

        sessions.record(owner, first, Map.of(diligentEnrolment, AttendanceStatus.PRESENT, excusedEnrolment, AttendanceStatus.ABSENT));
        sessions.record(owner, second, Map.of(excusedEnrolment, AttendanceStatus.EXCUSED));

        assertThat(sessions.rates(edition).get(diligentEnrolment).percent()).as("1 of the 2 sessions held").isEqualTo(50);
        assertThat(sessions.rates(edition).get(excusedEnrolment)).as("absent from 1, excused from the other")
                .satisfies(r -> assertThat(List.of(r.attended(), r.counted(), r.percent())).containsExactly(0, 1, 0));
        assertThat(Sql.number("SELECT COUNT(*) FROM certificate WHERE enrolment_id = ?", diligentEnrolment))
                .as("issued when the attendance that reaches the threshold is recorded").isEqualTo(1);
        assertThat(Sql.number("SELECT COUNT(*) FROM certificate WHERE enrolment_id = ?", excusedEnrolment)).isZero();

        Actor stranger = learner("Not Enrolled", "en");
        long strangersEnrolment = completed(course(), stranger);
        assertThatThrownBy(() -> sessions.record(owner, first, Map.of(strangersEnrolment, AttendanceStatus.PRESENT)))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.messageKey()).isEqualTo("attendance.notInEdition"));
        Actor otherTrainer = new Actor(UUID.randomUUID().toString(), true, false);
        assertThatThrownBy(() -> sessions.record(otherTrainer, first, Map.of(excusedEnrolment, AttendanceStatus.PRESENT)))
                .isInstanceOfAny(Forbidden.class, NotFound.class);
        assertThatThrownBy(() -> certificates.changeRule(admin, course.courseId(), Issuing.AUTOMATIC, false, null, 101))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.messageKey()).isEqualTo("certificates.attendanceOutOfRange"));
    }

    @Test
    void aChangedOrCancelledSessionCountsAsItNowIs() {
        Built course = course();
        certificates.changeRule(admin, course.courseId(), Issuing.AUTOMATIC, false, null, 100);
        long edition = enrolments.editions(course.courseId()).get(0).id();
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        EditionSession.Details workshop = new EditionSession.Details("Atelier", SessionMode.IN_PERSON, yesterday,
                LocalTime.of(9, 0), 120, "Mairie de Saint-Louis", null);
        long attended = sessions.plan(owner, edition, workshop).id();
        long missed = sessions.plan(owner, edition, new EditionSession.Details("Appel", SessionMode.ONLINE, yesterday,
                LocalTime.of(15, 0), 60, null, "https://meet.example.org/appel")).id();
        Actor learner = learner("Khady Fall", "fr");
        long enrolment = completed(course, learner);
        sessions.record(owner, attended, Map.of(enrolment, AttendanceStatus.PRESENT));
        sessions.record(owner, missed, Map.of(enrolment, AttendanceStatus.ABSENT));
        assertThat(sessions.rates(edition).get(enrolment).percent()).isEqualTo(50);
        Actor classmate = learner("Omar Diouf", "fr");
        completed(course, classmate);
        assertThat(sessions.ofLearner(learning.outline(learner, course.courseId()).enrolment()))
                .as("what the learner's outline shows: every session, with their own attendance")
                .extracting(w -> w.session().title(), Sessions.LearnerSession::attendance)
                .containsExactly(tuple("Atelier", Optional.of(AttendanceStatus.PRESENT)), tuple("Appel", Optional.of(AttendanceStatus.ABSENT)));
        assertThat(sessions.ofLearner(learning.outline(classmate, course.courseId()).enrolment()))
                .extracting(Sessions.LearnerSession::attendance).containsOnly(Optional.empty());

        assertThatThrownBy(() -> sessions.change(owner, attended, new EditionSession.Details("Atelier", SessionMode.ONLINE,
                yesterday, LocalTime.of(9, 0), 120, null, "meet.example.org"))).isInstanceOfSatisfying(InputRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("session.linkInvalid"));
        assertThat(sessions.session(owner, attended).place()).as("nothing of a refused change").contains("Mairie de Saint-Louis");
        Actor otherTrainer = new Actor(UUID.randomUUID().toString(), true, false);
        assertThatThrownBy(() -> sessions.cancel(otherTrainer, missed)).isInstanceOfAny(Forbidden.class, NotFound.class);
        assertThatThrownBy(() -> sessions.change(otherTrainer, missed, workshop)).isInstanceOfAny(Forbidden.class, NotFound.class);

        sessions.change(owner, missed, new EditionSession.Details("Appel", SessionMode.ONLINE, yesterday.plusDays(10),
                LocalTime.of(15, 0), 60, null, "https://meet.example.org/appel"));
        assertThat(sessions.rates(edition).get(enrolment).percent()).as("moved to a later day: not held yet").isEqualTo(100);
        assertThat(Sql.number("SELECT COUNT(*) FROM certificate WHERE enrolment_id = ?", enrolment))
                .as("issued automatically once the attendance reached the threshold").isEqualTo(1);

        sessions.cancel(owner, missed);
        assertThat(sessions.sessions(owner, edition)).extracting(EditionSession::id).containsExactly(attended);
        assertThat(Sql.number("SELECT COUNT(*) FROM attendance WHERE session_id = ?", missed)).isZero();
        assertThat(Sql.number("SELECT COUNT(*) FROM audit_event WHERE action IN ('learning.session-changed', 'learning.session-cancelled')"
                + " AND object_id = ?", String.valueOf(edition))).isEqualTo(2);
        assertThatThrownBy(() -> sessions.cancel(owner, missed)).isInstanceOf(NotFound.class);
    }

    @Test
    void aHundredRequestsToIssueTheSameCertificateMakeOne() throws Exception {
        Built course = course();
        Actor learner = learner("Aminata Diop", "fr");
        long enrolment = completed(course, learner);

        List<Object> numbers = AtOnce.run(100, () -> certificates.issue(admin, enrolment).number());

        assertThat(numbers).hasSize(100).containsOnly(numbers.get(0));
        assertThat(Sql.number("SELECT COUNT(*) FROM certificate WHERE enrolment_id = ?", enrolment)).isEqualTo(1);
        Certificate certificate = certificates.readable(learner, (String) numbers.get(0));
        assertThat(certificate.holderName()).isEqualTo("Aminata Diop");
        assertThat(certificate.completedOn()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
        assertThat(certificate.number()).matches("HM-\\d{4}-\\d{6}");
        assertThat(Sql.number("SELECT COUNT(*) FROM outgoing_mail WHERE template = 'certificateIssued' AND body LIKE ?",
                "%" + certificate.number() + "%")).as("one email, however many issued").isEqualTo(1);
        InContainer.bean(MailDelivery.class).deliverDue();
        String address = Sql.rows("SELECT email FROM user_account WHERE subject = ?", learner.subject()).get(0).get(0).toString();
        assertThat(Inbox.await(address, mail -> mail.body().contains(certificate.number()))).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo(Messages.in(Language.FRENCH).format("mail.certificateIssued.subject", "Aminata Diop",
                    certificate.courseTitle()));
            assertThat(mail.body()).contains(certificate.number()).contains("/verify/" + certificate.verificationCode());
        });
    }

    @Test
    void numbersIssuedAtOnceHaveNeitherGapsNorRepeats() throws Exception {
        Built course = course();
        List<Long> completed = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            completed.add(completed(course, learner("Learner " + i, "en")));
        }
        List<Callable<Object>> calls = new ArrayList<>();
        completed.forEach(id -> calls.add(() -> certificates.issue(admin, id).number()));

        List<Object> numbers = AtOnce.run(calls);

        assertThat(Set.copyOf(numbers)).hasSize(12);
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        String prefix = "HM-" + year + "-%";
        long count = Sql.number("SELECT COUNT(*) FROM certificate WHERE number LIKE ?", prefix);
        long highest = Sql.number("SELECT MAX(CAST(SUBSTRING(number, 9) AS UNSIGNED)) FROM certificate WHERE number LIKE ?", prefix);
        assertThat(highest).as("every number from 1 to the highest is given once").isEqualTo(count);
    }

    @Test
    void aRevokedCertificateShowsRevokedAndAReissuedOneShowsReplaced() {
        Built course = course();
        Actor learner = learner("Youssef Alaoui", "ar");
        long enrolment = completed(course, learner);
        Certificate first = certificates.issue(admin, enrolment);

        assertThatThrownBy(() -> certificates.revoke(admin, first.id(), "  ")).isInstanceOf(InputRefused.class);
        assertThat(certificates.verify(first.verificationCode()).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);
        certificates.revoke(admin, first.id(), "Issued by mistake");
        Certificate revoked = certificates.verify(first.verificationCode().toUpperCase()).orElseThrow();
        assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(revoked.revokedAt()).isPresent();
        assertThatThrownBy(() -> certificates.revoke(admin, first.id(), "again")).isInstanceOf(InputRefused.class);

        Certificate second = certificates.issue(admin, enrolment);
        assertThat(second.number()).isNotEqualTo(first.number());
        Certificate third = certificates.reissue(admin, second.id());
        assertThat(certificates.verify(second.verificationCode()).orElseThrow().status()).isEqualTo(CertificateStatus.REPLACED);
        assertThat(certificates.replacement(certificates.verify(second.verificationCode()).orElseThrow()))
                .map(Certificate::number).contains(third.number());
        assertThat(certificates.verify(third.verificationCode()).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);
        assertThat(certificates.mine(learner)).extracting(Certificate::status)
                .containsExactly(CertificateStatus.VALID, CertificateStatus.REPLACED, CertificateStatus.REVOKED);
        assertThat(certificates.verify("not-a-code")).isEmpty();
        assertThat(Sql.number("SELECT COUNT(*) FROM audit_event WHERE object_id = ? AND action = ?", first.number(),
                Certificates.AUDIT_REVOKED)).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsAndWhereAllowedTheCoursesTrainersIssue() {
        Built course = course();
        Actor learner = learner("Maria Hernández", "es");
        long enrolment = completed(course, learner);
        Actor stranger = new Actor(UUID.randomUUID().toString(), true, false);

        assertThatThrownBy(() -> certificates.issue(owner, enrolment)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> certificates.issue(learner, enrolment)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> certificates.changeRule(owner, course.courseId(), Issuing.APPROVAL, true, null, null)).isInstanceOf(Forbidden.class);
        assertThat(certificates.waiting(admin)).extracting(Certificates.Waiting::enrolmentId).contains(enrolment);
        assertThat(certificates.waiting(owner)).extracting(Certificates.Waiting::enrolmentId).doesNotContain(enrolment);

        certificates.changeRule(admin, course.courseId(), Issuing.APPROVAL, true, null, null);
        assertThat(certificates.waiting(owner)).extracting(Certificates.Waiting::enrolmentId).contains(enrolment);
        assertThatThrownBy(() -> certificates.issue(stranger, enrolment)).isInstanceOf(Forbidden.class);
        Certificate certificate = certificates.issue(owner, enrolment);
        assertThat(certificates.waiting(admin)).extracting(Certificates.Waiting::enrolmentId).doesNotContain(enrolment);

        Actor otherLearner = learner("Layla Haddad", "ar");
        assertThatThrownBy(() -> certificates.readable(otherLearner, certificate.number())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> certificates.readable(stranger, certificate.number())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> certificates.readable(learner, "HM-1999-000001")).isInstanceOf(NotFound.class);
        assertThat(certificates.readable(learner, certificate.number()).id()).isEqualTo(certificate.id());
        assertThat(certificates.readable(admin, certificate.number()).id()).isEqualTo(certificate.id());

        Actor notCompleted = learner("Andrés Quishpe", "es");
        enrolments.join(notCompleted, enrolments.editions(course.courseId()).get(0).id());
        long open = enrolments.find(notCompleted.subject(), course.courseId()).orElseThrow().id();
        assertThatThrownBy(() -> certificates.issue(admin, open)).isInstanceOf(InputRefused.class);
    }

    @Test
    void anAutomaticCourseIssuesWhenTheLearnerCompletesIt() {
        Built course = course();
        certificates.changeRule(admin, course.courseId(), Issuing.AUTOMATIC, false, null, null);
        Actor learner = learner("Maricel Dela Cruz", "en");

        completed(course, learner);

        assertThat(certificates.mine(learner)).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CertificateStatus.VALID);
            assertThat(c.issuedBy()).isEqualTo(Certificates.SYSTEM);
            assertThat(c.courseTitle()).startsWith("Reception of newcomers");
            assertThat(c.minutes()).isEqualTo(90);
        });
        assertThat(certificates.waiting(admin)).extracting(Certificates.Waiting::courseId).doesNotContain(course.courseId());
    }

    @Test
    void theOpenBadgeCredentialChecksValidThenRevokedAndNotOnceChanged() {
        Built course = course();
        Actor learner = learner("ليلى حداد", "ar");
        Certificate certificate = certificates.issue(admin, completed(course, learner));
        String jwt = credentials.credential(learner, certificate.number());

        Credentials.Checked checked = credentials.check(jwt);
        assertThat(checked.check()).isEqualTo(Credentials.Check.VALID);
        assertThat(checked.holder()).isEqualTo("ليلى حداد");
        assertThat(credentials.credential(learner, certificate.number())).as("the same key signs again").isNotEmpty();
        String[] parts = jwt.split("\\.");
        assertThat(credentials.check(parts[0] + "." + parts[1] + "." + parts[2].substring(3) + "abc").check())
                .isEqualTo(Credentials.Check.NOT_SIGNED_HERE);
        assertThatThrownBy(() -> credentials.credential(learner("Layla Haddad", "ar"), certificate.number())).isInstanceOf(NotFound.class);

        certificates.revoke(admin, certificate.id(), "Wrong course");
        assertThat(credentials.check(jwt).check()).isEqualTo(Credentials.Check.REVOKED);
        assertThat(credentials.statusList().split("\\.")).hasSize(3);
        assertThat(credentials.check(credentials.statusList()).check()).as("signed here, but not a certificate")
                .isEqualTo(Credentials.Check.NOT_SIGNED_HERE);
    }

    @Test
    void aTemplateWordsTheCertificatesOfItsCoursesAndChangingItLaterChangesNoneIssued() {
        Built course = course();
        assertThatThrownBy(() -> templates.create(owner, "Workshop")).isInstanceOf(Forbidden.class);
        CertificateTemplate template = templates.create(admin, "Workshop " + UUID.randomUUID());
        assertThatThrownBy(() -> templates.create(admin, template.name().toUpperCase())).isInstanceOf(InputRefused.class);
        assertThat(template.wordingIn(Language.FRENCH).body()).contains("{course}");
        Map<Language, String[]> words = new EnumMap<>(Language.class);
        words.put(Language.ENGLISH, new String[] {"Certificate of attendance", "We certify that", "attended {course} on {date} ({hours} h)."});
        words.put(Language.FRENCH, new String[] {"Attestation de participation", "Nous certifions que", "a participé à « {course} »."});
        CertificateTemplates.Changes changes = new CertificateTemplates.Changes(template.name(), words,
                new CertificateTemplate.Signatory("Nikhil Seth", "Executive Director"), new CertificateTemplate.Signatory("", ""));
        templates.save(admin, template.id(), template.version(), changes);
        assertThatThrownBy(() -> templates.save(admin, template.id(), template.version(), changes))
                .as("a save over a newer one").isInstanceOf(org.unitar.learning.catalogue.EditConflict.class);
        words.put(Language.SPANISH, new String[] {"Título", "", "completó {curso}"});
        long version = templates.find(admin, template.id()).version();
        assertThatThrownBy(() -> templates.save(admin, template.id(), version, changes)).isInstanceOf(InputRefused.class);
        assertThat(templates.find(admin, template.id()).ownWordingIn(Language.SPANISH)).as("nothing half-written").isEmpty();
        certificates.changeRule(admin, course.courseId(), Issuing.APPROVAL, false, template.id(), null);

        Certificate french = certificates.issue(admin, completed(course, learner("Aminata Diop", "fr")));
        Certificate spanish = certificates.issue(admin, completed(course, learner("Andrés Quishpe", "es")));

        assertThat(french.printed()).hasValueSatisfying(p -> {
            assertThat(p.title()).isEqualTo("Attestation de participation");
            assertThat(p.body()).isEqualTo("a participé à « " + french.courseTitle() + " ».");
            assertThat(p.signatories()).containsExactly(new CertificateTemplate.Signatory("Nikhil Seth", "Executive Director"));
        });
        assertThat(spanish.printed().orElseThrow().title()).as("no Spanish wording: English").isEqualTo("Certificate of attendance");
        assertThat(spanish.printed().orElseThrow().body()).contains("(1.5 h)").doesNotContain("{");
        words.remove(Language.SPANISH);
        words.put(Language.FRENCH, new String[] {"Autre titre", "", "autre texte"});
        templates.save(admin, template.id(), templates.find(admin, template.id()).version(), changes);
        assertThat(certificates.verify(french.verificationCode()).orElseThrow().printed().orElseThrow().title())
                .isEqualTo("Attestation de participation");
        assertThat(templates.preview(admin, template.id(), Language.ARABIC).title()).isEqualTo("Certificate of attendance");
    }

    private Actor learner(String name, String locale) {
        String subject = UUID.randomUUID().toString();
        String user = "l" + subject.substring(0, 8);
        signIn.signedIn(new IdentityClaims(subject, user, name, user + "@example.org", locale, null, null), null);
        return new Actor(subject, false, false);
    }

    /** Enrols {@code learner} and opens the course's one lesson, which completes the course; gives the enrolment. */
    private long completed(Built course, Actor learner) {
        enrolments.join(learner, enrolments.editions(course.courseId()).get(0).id());
        learning.open(learner, course.courseId(), course.lessonId(), ENGLISH);
        assertThat(learning.outline(learner, course.courseId()).progress().completed()).isTrue();
        return enrolments.find(learner.subject(), course.courseId()).orElseThrow().id();
    }

    /** A published course of one required page, complete on view. */
    private Built course() {
        CourseFixtures.OnePage course = CourseFixtures.onePage(authoring, owner, "Reception of newcomers", 90);
        return new Built(course.courseId(), course.lessonId());
    }
}
