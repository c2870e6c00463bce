package org.unitar.learning.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unitar.learning.catalogue.CourseRepository;
import org.unitar.learning.catalogue.PublishedCourse;
import org.unitar.learning.catalogue.service.PublishedCourses;
import org.unitar.learning.certification.Certificate;
import org.unitar.learning.certification.CertificateNumber;
import org.unitar.learning.certification.CertificateRule;
import org.unitar.learning.certification.CertificateStatus;
import org.unitar.learning.certification.CertificateTemplate;
import org.unitar.learning.certification.CertificateWording;
import org.unitar.learning.certification.TemplateWording;
import org.unitar.learning.certification.Issuing;
import org.unitar.learning.certification.VerificationCode;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.identity.UserAccountRepository;
import org.unitar.learning.learning.AttendanceRate;
import org.unitar.learning.learning.AttendanceRecorded;
import org.unitar.learning.learning.CompletionWithdrawn;
import org.unitar.learning.learning.CourseCompleted;
import org.unitar.learning.learning.Edition;
import org.unitar.learning.learning.Enrolment;
import org.unitar.learning.learning.service.Sessions;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.audit.AuditLog;
import org.unitar.learning.shared.files.FileStore;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.mail.Mailer;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.shared.security.NotFound;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Issuing, revoking and replacing certificates, and finding them. Administrators may do everything; a course's
 * trainers issue and revoke its certificates only where its rule allows; a learner reads their own. A course whose
 * rule is {@link Issuing#AUTOMATIC} issues when {@link CourseCompleted} fires, in the same transaction.
 * <p>
 * Issuing locks the enrolment first, so requests to certify one enrolment take turns and the later ones find the
 * certificate the first made; the number comes from the year's row of {@code certificate_sequence}, incremented in
 * the same transaction, so numbers are neither repeated nor skipped.
 */
@ApplicationScoped
@Transactional
public class Certificates {

    public static final String AUDIT_ISSUED = "certification.issued";
    public static final String AUDIT_REVOKED = "certification.revoked";
    public static final String AUDIT_REPLACED = "certification.replaced";
    public static final String AUDIT_RULE = "certification.rule-changed";
    /** Who issues automatically, in the audit record. */
    public static final String SYSTEM = "system";
    private static final Logger LOG = Logger.getLogger(Certificates.class.getName());

    /** A completed enrolment waiting for its certificate. */
    /** A completed enrolment without a certificate; {@code attendance} where the course's rule requires it. */
    public record Waiting(long enrolmentId, long courseId, String courseTitle, String learner, String name,
                          String email, Instant completedAt, Optional<AttendanceRate> attendance, Optional<Integer> required) {
    }

    /** What the search of certificates may ask; every part optional. */
    public record Search(String text, Long courseId, CertificateStatus status, LocalDate issuedFrom, LocalDate issuedUntil) {
    }

    /** The most rows a list shows; a narrower search finds the rest. */
    public static final int LIMIT = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    CourseRepository courses;

    @Inject
    PublishedCourses published;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Mailer mailer;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @Inject
    Sessions sessions;

    @Inject
    @ConfigProperty(name = "unitar.app.url")
    String appUrl;

    /** The public page that shows {@code certificate} to anyone (also its QR code). */
    public String verifyUrl(Certificate certificate) {
        return appUrl.replaceAll("/+$", "") + "/verify/" + certificate.verificationCode();
    }

    /**
     * Certifies a completed enrolment, or gives back its valid certificate if it has one: however many ask at once,
     * the enrolment gets one.
     */
    public Certificate issue(@NotNull Actor actor, long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
        if (enrolment == null) {
            throw new NotFound("No enrolment " + enrolmentId);
        }
        checkMayIssue(actor, enrolment.courseId());
        return valid(enrolmentId).orElseGet(() -> {
            if (!attendanceMet(enrolment)) {
                throw new InputRefused(null, "certificates.attendanceTooLow");
            }
            return create(enrolment, completedAt(enrolment), actor.subject());
        });
    }

    /** Whether the enrolment attended enough of its edition's sessions for the course's rule. */
    private boolean attendanceMet(Enrolment enrolment) {
        Integer required = rule(enrolment.courseId()).attendancePercent().orElse(null);
        return required == null || sessions.rate(enrolment.editionId(), enrolment.id()).meets(required);
    }

    /**
     * Issues the certificates of all {@code enrolmentIds} in one transaction: if one cannot be issued (not completed,
     * not the actor's to issue), none is.
     */
    public void issueAll(@NotNull Actor actor, List<Long> enrolmentIds) {
        enrolmentIds.forEach(id -> issue(actor, id));
    }

    /**
     * Issues at once in a course whose rule says so, in the transaction that completed it. A certificate that cannot
     * be made (the learner has no profile) never undoes the completion: an administrator issues it later.
     */
    void completed(@Observes CourseCompleted completed) {
        if (rule(completed.courseId()).issuing() == Issuing.AUTOMATIC) {
            Enrolment enrolment = em.find(Enrolment.class, completed.enrolmentId(), LockModeType.PESSIMISTIC_WRITE);
            if (valid(enrolment.id()).isEmpty() && attendanceMet(enrolment)) {
                try {
                    create(enrolment, completed.completedAt(), SYSTEM);
                } catch (InputRefused e) {
                    LOG.warning(() -> "No certificate for enrolment " + enrolment.id() + ": " + e.messageKey());
                }
            }
        }
    }

    /**
     * Attendance recorded in a course that issues automatically and requires attendance: the completed learners of
     * the edition who now attended enough get their certificate.
     */
    void attended(@Observes AttendanceRecorded recorded) {
        CertificateRule rule = rule(recorded.courseId());
        if (rule.issuing() != Issuing.AUTOMATIC || rule.attendancePercent().isEmpty()) {
            return;
        }
        Map<Long, AttendanceRate> rates = sessions.rates(recorded.editionId());
        for (Enrolment enrolment : em.createQuery("select e from Enrolment e where e.editionId = :edition"
                + " and e.completedAt is not null", Enrolment.class).setParameter("edition", recorded.editionId()).getResultList()) {
            AttendanceRate rate = rates.get(enrolment.id());
            if (rate != null && rate.meets(rule.attendancePercent().get()) && valid(enrolment.id()).isEmpty()) {
                em.lock(enrolment, LockModeType.PESSIMISTIC_WRITE);
                try {
                    create(enrolment, completedAt(enrolment), SYSTEM);
                } catch (InputRefused e) {
                    LOG.warning(() -> "No certificate for enrolment " + enrolment.id() + ": " + e.messageKey());
                }
            }
        }
    }

    void withdrawn(@Observes CompletionWithdrawn withdrawn) {
        valid(withdrawn.enrolmentId()).ifPresent(c -> c.completionWithdrawn(clock.instant()));
    }

    /** Revokes a valid certificate with a reason; anyone verifying it then sees it revoked, and when. */
    public Certificate revoke(@NotNull Actor actor, long certificateId, String reason) {
        Certificate certificate = locked(certificateId);
        checkMayIssue(actor, certificate.courseId());
        certificate.revoke(reason, actor.subject(), clock.instant());
        audit.record(actor.subject(), AUDIT_REVOKED, "certificate", certificate.number(), certificate.revokeReason().orElseThrow());
        return certificate;
    }

    /**
     * Replaces a valid certificate with a new one (a new number and code) that states the enrolment as it is now,
     * for example after the learner corrected their name; the old one then shows as replaced.
     */
    public Certificate reissue(@NotNull Actor actor, long certificateId) {
        Certificate old = em.find(Certificate.class, certificateId);
        if (old == null) {
            throw new NotFound("No certificate " + certificateId);
        }
        checkMayIssue(actor, old.courseId());
        Enrolment enrolment = em.find(Enrolment.class, old.enrolmentId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(old, LockModeType.PESSIMISTIC_WRITE);
        old.makeWayForReplacement();
        em.flush();
        Certificate replacement = create(enrolment, completedAt(enrolment), actor.subject());
        old.replacedBy(replacement);
        audit.record(actor.subject(), AUDIT_REPLACED, "certificate", old.number(), replacement.number());
        return replacement;
    }

    /** The completed enrolments waiting for a certificate that {@code actor} may issue, oldest completion first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Waiting> waiting(@NotNull Actor actor) {
        checkStaff(actor);
        StringBuilder sql = new StringBuilder("""
                SELECT e.id, e.course_id, e.learner_subject, u.display_name, u.email, e.completed_at, e.edition_id,
                       r.attendance_percent
                FROM enrolment e
                LEFT JOIN certificate_rule r ON r.course_id = e.course_id
                LEFT JOIN user_account u ON u.subject = e.learner_subject
                WHERE e.completed_at IS NOT NULL
                  AND (r.issuing IS NULL OR r.issuing = 'APPROVAL' OR r.attendance_percent IS NOT NULL)
                  AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.enrolment_id = e.id)""");
        if (!actor.administrator()) {
            sql.append(" AND r.trainers_may_issue AND e.course_id IN (SELECT t.id FROM course t WHERE t.owner_subject = ?1"
                    + " OR EXISTS (SELECT 1 FROM course_co_trainer ct WHERE ct.course_id = t.id AND ct.subject = ?1))");
        }
        sql.append(" ORDER BY e.completed_at, e.id LIMIT ").append(LIMIT);
        var query = em.createNativeQuery(sql.toString());
        if (!actor.administrator()) {
            query.setParameter(1, actor.subject());
        }
        List<Waiting> waiting = new ArrayList<>();
        Map<Long, Map<Long, AttendanceRate>> ratesByEdition = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            long enrolmentId = ((Number) r[0]).longValue();
            long courseId = ((Number) r[1]).longValue();
            Optional<Integer> required = Optional.ofNullable((Number) r[7]).map(Number::intValue);
            Optional<AttendanceRate> attendance = required.map(x -> ratesByEdition
                    .computeIfAbsent(((Number) r[6]).longValue(), sessions::rates)
                    .getOrDefault(enrolmentId, AttendanceRate.of(List.of())));
            waiting.add(new Waiting(enrolmentId, courseId, title(courseId, Language.DEFAULT),
                    (String) r[2], (String) r[3], (String) r[4], instant(r[5]), attendance, required));
        }
        return waiting;
    }

    /** Certificates {@code actor} may see that match {@code search}, newest first (at most {@link #LIMIT}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Certificate> search(@NotNull Actor actor, Search search) {
        checkStaff(actor);
        StringBuilder jpql = new StringBuilder("select c from Certificate c where 1 = 1");
        String text = search.text() == null ? "" : search.text().strip().toLowerCase(Locale.ROOT);
        if (!text.isEmpty()) {
            jpql.append(" and (lower(c.number) like :text or lower(c.holderName) like :text or lower(c.courseTitle) like :text"
                    + " or c.learner in (select u.subject from UserAccount u where lower(u.email) like :text))");
        }
        if (search.courseId() != null) {
            jpql.append(" and c.courseId = :course");
        }
        if (search.status() != null) {
            jpql.append(" and c.status = :status");
        }
        if (search.issuedFrom() != null) {
            jpql.append(" and c.issuedAt >= :from");
        }
        if (search.issuedUntil() != null) {
            jpql.append(" and c.issuedAt < :until");
        }
        jpql.append(" order by c.issuedAt desc, c.id desc");
        TypedQuery<Certificate> query = em.createQuery(jpql.toString(), Certificate.class).setMaxResults(actor.administrator() ? LIMIT : LIMIT * 5);
        if (!text.isEmpty()) {
            query.setParameter("text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (search.courseId() != null) {
            query.setParameter("course", search.courseId());
        }
        if (search.status() != null) {
            query.setParameter("status", search.status());
        }
        if (search.issuedFrom() != null) {
            query.setParameter("from", search.issuedFrom().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (search.issuedUntil() != null) {
            query.setParameter("until", search.issuedUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return query.getResultList().stream().filter(c -> mayIssue(actor, c.courseId())).limit(LIMIT).toList();
    }

    /** The learner's own certificates, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Certificate> mine(@NotNull Actor actor) {
        return heldBy(actor.subject());
    }

    /** The certificates of a learner, newest first, for the people who follow that learner: the caller has checked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Certificate> heldBy(@NotNull String learner) {
        return em.createQuery("select c from Certificate c where c.learner = :learner order by c.issuedAt desc, c.id desc",
                Certificate.class).setParameter("learner", learner).getResultList();
    }

    /** A certificate {@code actor} may download: their own, or one they may issue; otherwise {@link NotFound}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Certificate readable(@NotNull Actor actor, String number) {
        Certificate certificate = CertificateNumber.parse(number).flatMap(n -> byNumber(n.toString()))
                .orElseThrow(() -> new NotFound("No certificate " + number));
        if (!certificate.learner().equals(actor.subject()) && !mayIssue(actor, certificate.courseId())) {
            throw new NotFound("Certificate " + number + " is not " + actor.subject() + "'s");
        }
        return certificate;
    }

    /** The certificate with this verification code, for anyone (the public verification page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Certificate> verify(String code) {
        return VerificationCode.parse(code).flatMap(c -> em.createQuery(
                        "select c from Certificate c where c.verificationCode = :code", Certificate.class)
                .setParameter("code", c).getResultStream().findFirst());
    }

    /** The certificate that replaced {@code certificate}, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Certificate> replacement(Certificate certificate) {
        return certificate.replacedById().map(id -> em.find(Certificate.class, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CertificateRule rule(long courseId) {
        return Optional.ofNullable(em.find(CertificateRule.class, courseId)).orElseGet(() -> CertificateRule.defaults(courseId));
    }

    /** Sets how a course's certificates are issued and worded ({@code templateId} null: the platform's wording); administrators only. */
    public CertificateRule changeRule(@NotNull Actor actor, long courseId, @NotNull Issuing issuing, boolean trainersMayIssue,
                                      Long templateId, Integer attendancePercent) {
        if (!actor.administrator()) {
            throw new Forbidden(actor.subject() + " may not change certificate rules");
        }
        courses.find(courseId).orElseThrow(() -> new NotFound("No course " + courseId));
        if (templateId != null && em.find(CertificateTemplate.class, templateId) == null) {
            throw new InputRefused("template", "template.unknown");
        }
        CertificateRule rule = em.find(CertificateRule.class, courseId, LockModeType.PESSIMISTIC_WRITE);
        if (rule == null) {
            rule = CertificateRule.defaults(courseId);
            rule.change(issuing, trainersMayIssue, templateId, attendancePercent);
            em.persist(rule);
        } else {
            rule.change(issuing, trainersMayIssue, templateId, attendancePercent);
        }
        audit.record(actor.subject(), AUDIT_RULE, "course", courseId, issuing + (trainersMayIssue ? ", trainers may issue" : "")
                + (attendancePercent == null ? "" : ", attendance " + attendancePercent + " %"));
        return rule;
    }

    /** Whether {@code actor} may issue and revoke the course's certificates. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayIssue(@NotNull Actor actor, long courseId) {
        if (actor.administrator()) {
            return true;
        }
        return actor.trainer() && rule(courseId).trainersMayIssue()
                && courses.find(courseId).map(c -> c.mayBeEditedBy(actor)).orElse(false);
    }

    private void checkMayIssue(Actor actor, long courseId) {
        if (!mayIssue(actor, courseId)) {
            throw new Forbidden(actor.subject() + " may not issue certificates of course " + courseId);
        }
    }

    private static void checkStaff(Actor actor) {
        if (!actor.administrator() && !actor.trainer()) {
            throw new Forbidden(actor.subject() + " may not list certificates");
        }
    }

    private static Instant completedAt(Enrolment enrolment) {
        return enrolment.completedAt().orElseThrow(() -> new InputRefused("enrolment", "certificate.notCompleted"));
    }

    private Certificate create(Enrolment enrolment, Instant completedAt, String by) {
        UserAccount account = accounts.findBySubject(enrolment.learner())
                .orElseThrow(() -> new InputRefused("enrolment", "certificate.noProfile"));
        Language language = account.language();
        PublishedCourse course = published.find(enrolment.courseId())
                .orElseThrow(() -> new InputRefused("enrolment", "certificate.courseNotPublished"));
        Edition edition = em.find(Edition.class, enrolment.editionId());
        Instant now = clock.instant();
        Certificate.Facts facts = new Certificate.Facts(enrolment.id(), enrolment.courseId(), enrolment.editionId(),
                enrolment.learner(), account.displayName(), language, course.title(course.readIn(ContentLanguage.of(language))),
                LocalDate.ofInstant(completedAt, ZoneOffset.UTC), course.estimatedMinutes(), centreName(course.cifalCentre()),
                edition == null || edition.openEnded() ? "" : edition.name());
        Certificate.Printed printed = rule(enrolment.courseId()).templateId().map(id -> em.find(CertificateTemplate.class, id))
                .map(template -> printed(template, facts, language)).orElse(null);
        Certificate certificate = Certificate.issue(nextNumber(now), facts, printed, by, now);
        em.persist(certificate);
        em.flush();
        audit.record(by, AUDIT_ISSUED, "certificate", certificate.number(), "enrolment " + enrolment.id());
        if (account.email() != null) {
            mailer.queue(account.email(), language, "certificateIssued", account.displayName(), certificate.courseTitle(),
                    certificate.number(), verifyUrl(certificate), appUrl.replaceAll("/+$", "") + "/learn/");
        }
        return certificate;
    }

    /**
     * What a certificate of {@code facts} prints from {@code template} in {@code language} (or in English, dates and
     * numbers too, where the template has no wording in that language), placeholders filled.
     */
    static Certificate.Printed printed(CertificateTemplate template, Certificate.Facts facts, Language language) {
        Language worded = template.ownWordingIn(language).isPresent() ? language : Language.DEFAULT;
        TemplateWording wording = template.wordingIn(worded);
        Map<String, String> values = CertificateWording.placeholders(facts, worded);
        return new Certificate.Printed(TemplateWording.fill(wording.title(), values), TemplateWording.fill(wording.intro(), values),
                TemplateWording.fill(wording.body(), values), template.signatories(), template.logoFileId().orElse(null));
    }

    /** The logo a certificate prints, if it has one and its file is still there; null otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] logo(Certificate certificate) {
        return logo(files, certificate.printed().map(Certificate.Printed::logoFileId).orElse(null));
    }

    /** The bytes of the logo file {@code fileId} (null if none or unreadable: the certificate is drawn without it). */
    static byte[] logo(FileStore files, Long fileId) {
        if (fileId == null) {
            return null;
        }
        return files.find(fileId).map(file -> {
            try {
                return Files.readAllBytes(files.path(file));
            } catch (IOException e) {
                LOG.warning(() -> "The logo file " + file.id() + " cannot be read: " + e.getMessage());
                return null;
            }
        }).orElse(null);
    }

    private CertificateNumber nextNumber(Instant now) {
        int year = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
        em.createNativeQuery("INSERT INTO certificate_sequence (year, last_value) VALUES (?1, 1)"
                + " ON DUPLICATE KEY UPDATE last_value = last_value + 1").setParameter(1, year).executeUpdate();
        Number last = (Number) em.createNativeQuery("SELECT last_value FROM certificate_sequence WHERE year = ?1")
                .setParameter(1, year).getSingleResult();
        return new CertificateNumber(year, last.intValue());
    }

    private Optional<Certificate> valid(long enrolmentId) {
        return em.createQuery("select c from Certificate c where c.enrolmentId = :enrolment and c.status = :valid", Certificate.class)
                .setParameter("enrolment", enrolmentId).setParameter("valid", CertificateStatus.VALID)
                .getResultStream().findFirst();
    }

    private Optional<Certificate> byNumber(String number) {
        return em.createQuery("select c from Certificate c where c.number = :number", Certificate.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    private Certificate locked(long certificateId) {
        Certificate certificate = em.find(Certificate.class, certificateId, LockModeType.PESSIMISTIC_WRITE);
        if (certificate == null) {
            throw new NotFound("No certificate " + certificateId);
        }
        return certificate;
    }

    private String centreName(String code) {
        if (code == null) {
            return "";
        }
        List<?> names = em.createNativeQuery("SELECT name FROM cifal_centre WHERE code = ?1").setParameter(1, code).getResultList();
        return names.isEmpty() ? code : (String) names.get(0);
    }

    private String title(long courseId, Language language) {
        return published.find(courseId).map(c -> c.title(c.readIn(ContentLanguage.of(language)))).orElse("#" + courseId);
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
