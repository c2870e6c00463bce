package org.unitar.learning.certification.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.catalogue.Course;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.certification.Certificate;
import org.unitar.learning.certification.CertificateRule;
import org.unitar.learning.certification.CertificateStatus;
import org.unitar.learning.certification.CertificateTemplate;
import org.unitar.learning.certification.Issuing;
import org.unitar.learning.certification.service.CertificateTemplates;
import org.unitar.learning.certification.service.Certificates;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.web.Ids;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Backs author/certificates.xhtml: the completed enrolments waiting for a certificate (issue one, or the ticked ones),
 * the search of certificates (words of the number, name, email or course; status; issue dates, a bookmarkable GET
 * form) with revoke (a reason required) and reissue; with {@code ?course=}, one course's certificates and its rule
 * (which administrators change). Trainers see what the courses they may issue for; the service checks every action.
 */
@Named
@ViewScoped
public class CertificatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A certificate in the list, the {@code index}th (for messages next to its reason). */
    public record Row(int index, long id, String number, String holder, String courseTitle, Instant issuedAt,
                      String status, boolean withdrawn, String download) implements Serializable {
    }

    /** {@code attendance} and {@code required}: percent attended and required, where the rule requires attendance. */
    public record WaitingRow(long enrolmentId, String name, String email, String courseTitle, Instant completedAt,
                             Integer attendance, Integer required) implements Serializable {

        public boolean attendanceShort() {
            return required != null && attendance < required;
        }
    }

    @Inject
    Certificates certificates;

    @Inject
    CourseAuthoring authoring;

    @Inject
    CertificateTemplates templates;

    @Inject
    Actor actor;

    private String courseParam;
    private Long courseId;
    private String courseTitle;
    private String q;
    private String status;
    private String from;
    private String until;
    private List<WaitingRow> waiting = List.of();
    private List<Row> rows = List.of();
    private final Map<Long, Boolean> ticked = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private Issuing issuing;
    private boolean trainersMayIssue;
    private Long templateId;
    private Integer attendancePercent;
    private List<CertificateTemplate> templateChoices = List.of();

    public void load() {
        courseId = courseParam == null || courseParam.isBlank() ? null : Ids.parse(courseParam);
        if (courseId != null) {
            Course course = authoring.editable(actor, courseId);
            courseTitle = course.current().title(Faces.reader(), course.defaultLanguage());
            CertificateRule rule = certificates.rule(courseId);
            issuing = rule.issuing();
            trainersMayIssue = rule.trainersMayIssue();
            templateId = rule.templateId().orElse(null);
            attendancePercent = rule.attendancePercent().orElse(null);
            templateChoices = templates.choices();
        }
        waiting = certificates.waiting(actor).stream().filter(w -> courseId == null || w.courseId() == courseId)
                .map(w -> new WaitingRow(w.enrolmentId(), w.name() == null ? w.learner() : w.name(), w.email(), w.courseTitle(),
                        w.completedAt(), w.attendance().map(a -> a.percent()).orElse(null), w.required().orElse(null)))
                .toList();
        List<Certificate> found = certificates.search(actor, new Certificates.Search(q, courseId, status(status), date(from), date(until)));
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        rows = IntStream.range(0, found.size()).mapToObj(i -> {
            Certificate c = found.get(i);
            return new Row(i, c.id(), c.number(), c.holderName(), c.courseTitle(), c.issuedAt(), c.status().name(),
                    c.completionWithdrawnAt().isPresent(), CertificateDownload.url(contextPath, c));
        }).toList();
    }

    public String issue(WaitingRow row) {
        try {
            certificates.issue(actor, row.enrolmentId());
        } catch (InputRefused e) {
            Faces.error(null, e.messageKey());
            return null;
        }
        Faces.flash("certificates.issued");
        return back();
    }

    public String issueTicked() {
        List<Long> chosen = new ArrayList<>();
        ticked.forEach((id, on) -> {
            if (Boolean.TRUE.equals(on)) {
                chosen.add(id);
            }
        });
        if (chosen.isEmpty()) {
            Faces.error(null, "certificates.noneTicked");
            return null;
        }
        try {
            certificates.issueAll(actor, chosen);
        } catch (InputRefused e) {
            Faces.error(null, e.messageKey());
            return null;
        }
        Faces.flash("certificates.issuedAll");
        return back();
    }

    public String revoke(Row row) {
        try {
            certificates.revoke(actor, row.id(), reasons.get(row.id()));
        } catch (InputRefused e) {
            Faces.error("list:rows:" + row.index() + ":" + e.field(), e.messageKey());
            return null;
        }
        Faces.flash("certificates.revoked");
        return back();
    }

    public String reissue(Row row) {
        try {
            certificates.reissue(actor, row.id());
        } catch (InputRefused e) {
            Faces.error("list:rows:" + row.index() + ":reason", e.messageKey());
            return null;
        }
        Faces.flash("certificates.reissued");
        return back();
    }

    public String saveRule() {
        try {
            certificates.changeRule(actor, courseId, issuing, trainersMayIssue, templateId, attendancePercent);
        } catch (InputRefused e) {
            Faces.error("ruleForm:" + e.field(), e.messageKey());
            return null;
        }
        Faces.flash("certificates.ruleSaved");
        return back();
    }

    private String back() {
        return "/author/certificates?faces-redirect=true" + (courseId == null ? "" : "&course=" + courseId);
    }

    private static CertificateStatus status(String name) {
        try {
            return name == null || name.isBlank() ? null : CertificateStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public Integer getAttendancePercent() {
        return attendancePercent;
    }

    public void setAttendancePercent(Integer attendancePercent) {
        this.attendancePercent = attendancePercent;
    }

    public boolean isAdministrator() {
        return actor.administrator();
    }

    public boolean isMayIssue() {
        return courseId == null || certificates.mayIssue(actor, courseId);
    }

    public CertificateStatus[] getStatuses() {
        return CertificateStatus.values();
    }

    public Issuing[] getIssuings() {
        return Issuing.values();
    }

    public String getCourseParam() {
        return courseParam;
    }

    public void setCourseParam(String courseParam) {
        this.courseParam = courseParam;
    }

    public Long getCourseId() {
        return courseId;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }

    public List<WaitingRow> getWaiting() {
        return waiting;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Map<Long, Boolean> getTicked() {
        return ticked;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Issuing getIssuing() {
        return issuing;
    }

    public void setIssuing(Issuing issuing) {
        this.issuing = issuing;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    /** The name of the course's template, or null for the platform's wording. */
    public String getTemplateName() {
        return templateChoices.stream().filter(t -> t.id().equals(templateId)).map(CertificateTemplate::name).findFirst().orElse(null);
    }

    public List<CertificateTemplate> getTemplateChoices() {
        return templateChoices;
    }

    public boolean isTrainersMayIssue() {
        return trainersMayIssue;
    }

    public void setTrainersMayIssue(boolean trainersMayIssue) {
        this.trainersMayIssue = trainersMayIssue;
    }
}
