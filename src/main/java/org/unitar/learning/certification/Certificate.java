package org.unitar.learning.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.i18n.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate of completion of one enrolment (learner, course, edition). It keeps what it said when it was issued
 * (the holder's name, the course title in the certificate's language, the date, the hours, the centre and the
 * edition), so that it reads the same for ever; a correction is a new certificate that {@link #replaceWith replaces}
 * it. While valid it holds its enrolment's one place for a valid certificate ({@code current_enrolment_id}).
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    /** The longest reason for a revocation. */
    public static final int REASON_LENGTH = 500;

    /** What a certificate states, taken when it is issued. */
    public record Facts(long enrolmentId, long courseId, long editionId, String learner, String holderName,
                        Language language, String courseTitle, LocalDate completedOn, int minutes, String cifalCentre,
                        String editionName) {

        public Facts {
            Objects.requireNonNull(learner);
            Objects.requireNonNull(holderName);
            Objects.requireNonNull(language);
            Objects.requireNonNull(courseTitle);
            Objects.requireNonNull(completedOn);
        }
    }

    /**
     * What a certificate issued from a template prints instead of the platform's own wording, placeholders filled.
     */
    public record Printed(String title, String intro, String body, List<CertificateTemplate.Signatory> signatories,
                          Long logoFileId) {

        public Printed {
            signatories = List.copyOf(signatories);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 20)
    private String number;

    @Column(name = "verification_code", nullable = false, updatable = false, length = VerificationCode.LENGTH)
    private String verificationCode;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private long enrolmentId;

    @Column(name = "current_enrolment_id")
    private Long currentEnrolmentId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "edition_id", nullable = false, updatable = false)
    private long editionId;

    @Column(name = "learner_subject", nullable = false, updatable = false, length = 255)
    private String learner;

    @Column(name = "holder_name", nullable = false, updatable = false, length = 255)
    private String holderName;

    @Column(nullable = false, updatable = false, length = 8)
    private String language;

    @Column(name = "course_title", nullable = false, updatable = false, length = 500)
    private String courseTitle;

    @Column(name = "completed_on", nullable = false, updatable = false)
    private LocalDate completedOn;

    @Column(nullable = false, updatable = false)
    private int minutes;

    @Column(name = "cifal_centre", nullable = false, updatable = false, length = 120)
    private String cifalCentre;

    @Column(name = "edition_name", nullable = false, updatable = false, length = 120)
    private String editionName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CertificateStatus status;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 255)
    private String issuedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 255)
    private String revokedBy;

    @Column(name = "revoke_reason", length = REASON_LENGTH)
    private String revokeReason;

    @Column(name = "replaced_by")
    private Long replacedBy;

    @Column(name = "completion_withdrawn_at")
    private Instant completionWithdrawnAt;

    @Column(updatable = false, length = TemplateWording.TITLE_LENGTH)
    private String title;

    @Column(updatable = false, length = TemplateWording.INTRO_LENGTH)
    private String intro;

    @Column(updatable = false, length = 900)
    private String body;

    @Column(updatable = false, length = 500)
    private String signatories;

    @Column(name = "logo_file_id", updatable = false)
    private Long logoFileId;

    @Version
    private long version;

    protected Certificate() {
    }

    /** A valid certificate of {@code facts}, printed from a template ({@code printed}) or in the platform's wording (null). */
    public static Certificate issue(CertificateNumber number, Facts facts, Printed printed, String by, Instant now) {
        Certificate c = new Certificate();
        if (printed != null) {
            c.title = truncate(printed.title(), TemplateWording.TITLE_LENGTH);
            c.intro = truncate(printed.intro(), TemplateWording.INTRO_LENGTH);
            c.body = truncate(printed.body(), 900);
            c.signatories = printed.signatories().stream().map(x -> x.name().replace('|', '/') + "|" + x.role().replace('|', '/'))
                    .collect(java.util.stream.Collectors.joining("\n"));
            c.logoFileId = printed.logoFileId();
        }
        c.number = number.toString();
        c.verificationCode = VerificationCode.next();
        c.enrolmentId = facts.enrolmentId();
        c.currentEnrolmentId = facts.enrolmentId();
        c.courseId = facts.courseId();
        c.editionId = facts.editionId();
        c.learner = facts.learner();
        c.holderName = truncate(facts.holderName(), 255);
        c.language = facts.language().code();
        c.courseTitle = truncate(facts.courseTitle(), 500);
        c.completedOn = facts.completedOn();
        c.minutes = facts.minutes();
        c.cifalCentre = truncate(Objects.requireNonNullElse(facts.cifalCentre(), ""), 120);
        c.editionName = truncate(Objects.requireNonNullElse(facts.editionName(), ""), 120);
        c.status = CertificateStatus.VALID;
        c.issuedAt = now;
        c.issuedBy = by;
        return c;
    }

    /** Revokes a valid certificate; the reason (required) is shown to administrators, the date to anyone verifying. */
    public void revoke(String reason, String by, Instant now) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InputRefused("reason", "certificate.reason.required");
        }
        if (why.length() > REASON_LENGTH) {
            throw new InputRefused("reason", "certificate.reason.tooLong");
        }
        checkValid();
        status = CertificateStatus.REVOKED;
        currentEnrolmentId = null;
        revokedAt = now;
        revokedBy = by;
        revokeReason = why;
    }

    /** Gives up the enrolment's valid place before {@code replacement} takes it (written in that order). */
    public void makeWayForReplacement() {
        checkValid();
        status = CertificateStatus.REPLACED;
        currentEnrolmentId = null;
    }

    public void replacedBy(Certificate replacement) {
        replacedBy = replacement.id();
    }

    /** The learner's completion was taken back (a regrade turned a pass into a fail): shown to administrators. */
    public void completionWithdrawn(Instant now) {
        if (status == CertificateStatus.VALID && completionWithdrawnAt == null) {
            completionWithdrawnAt = now;
        }
    }

    private void checkValid() {
        if (status != CertificateStatus.VALID) {
            throw new InputRefused("certificate", "certificate.notValid");
        }
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String verificationCode() {
        return verificationCode;
    }

    public long enrolmentId() {
        return enrolmentId;
    }

    public long courseId() {
        return courseId;
    }

    public long editionId() {
        return editionId;
    }

    public String learner() {
        return learner;
    }

    public String holderName() {
        return holderName;
    }

    public Language language() {
        return Language.forTag(language).orElse(Language.DEFAULT);
    }

    public String courseTitle() {
        return courseTitle;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public int minutes() {
        return minutes;
    }

    public String cifalCentre() {
        return cifalCentre;
    }

    public String editionName() {
        return editionName;
    }

    public CertificateStatus status() {
        return status;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<String> revokeReason() {
        return Optional.ofNullable(revokeReason);
    }

    public Optional<Long> replacedById() {
        return Optional.ofNullable(replacedBy);
    }

    public Optional<Instant> completionWithdrawnAt() {
        return Optional.ofNullable(completionWithdrawnAt);
    }

    /** What it prints from its template, if it was issued from one. */
    public Optional<Printed> printed() {
        if (title == null) {
            return Optional.empty();
        }
        List<CertificateTemplate.Signatory> people = signatories == null || signatories.isEmpty() ? List.of()
                : java.util.Arrays.stream(signatories.split("\n")).map(line -> line.split("\\|", 2))
                .map(p -> new CertificateTemplate.Signatory(p[0], p.length > 1 ? p[1] : "")).toList();
        return Optional.of(new Printed(title, intro == null ? "" : intro, body == null ? "" : body, people, logoFileId));
    }
}
