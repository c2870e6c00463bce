package org.unitar.learning.certification.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.certification.Certificate;
import org.unitar.learning.certification.service.Certificates;
import org.unitar.learning.shared.security.Actor;

import java.time.Instant;
import java.util.List;

/**
 * The learner's certificates on "My learning": download (PDF, Open Badges credential), the public link to share, and
 * the status of each.
 */
@Named
@RequestScoped
public class MyCertificates {

    public record Row(String number, String courseTitle, Instant issuedAt, String status, String download, String badge,
                      String share) {
    }

    @Inject
    Certificates certificates;

    @Inject
    Actor actor;

    private List<Row> rows;

    @PostConstruct
    void load() {
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        rows = certificates.mine(actor).stream().map(c -> row(c, contextPath)).toList();
    }

    private Row row(Certificate c, String contextPath) {
        return new Row(c.number(), c.courseTitle(), c.issuedAt(), c.status().name(), CertificateDownload.url(contextPath, c),
                CertificateDownload.badgeUrl(contextPath, c), certificates.verifyUrl(c));
    }

    public List<Row> getRows() {
        return rows;
    }
}
