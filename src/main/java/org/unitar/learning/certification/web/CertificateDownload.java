package org.unitar.learning.certification.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unitar.learning.certification.Certificate;
import org.unitar.learning.certification.CertificatePdf;
import org.unitar.learning.certification.CertificateWording;
import org.unitar.learning.certification.service.Certificates;
import org.unitar.learning.certification.service.Credentials;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.NotFound;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A certificate as PDF, {@code /certificates/HM-2026-000123.pdf}, drawn from what the certificate states, or as an
 * Open Badges 3.0 credential, {@code /certificates/HM-2026-000123.jwt} (a signed {@code vc+jwt}). Only its
 * holder and those who may issue the course's certificates get it; for anyone else, and for numbers that do not
 * exist, the 404 page (the same answer, so that numbers cannot be probed). A revoked or replaced certificate is still
 * given to them (it says its number; the verification page says its status).
 */
@WebServlet(CertificateDownload.PATH + "/*")
public class CertificateDownload extends HttpServlet {

    public static final String PATH = "/certificates";
    private static final long serialVersionUID = 1L;

    @Inject
    Certificates certificates;

    @Inject
    Credentials credentials;

    @Inject
    Instance<Actor> actors;

    /** Where {@code certificate}'s PDF is downloaded, under {@code contextPath}. */
    public static String url(String contextPath, Certificate certificate) {
        return contextPath + PATH + "/" + certificate.number() + ".pdf";
    }

    /** Where {@code certificate}'s Open Badges credential is downloaded, under {@code contextPath}. */
    public static String badgeUrl(String contextPath, Certificate certificate) {
        return contextPath + PATH + "/" + certificate.number() + ".jwt";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !(path.endsWith(".pdf") || path.endsWith(".jwt"))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String number = path.substring(1, path.length() - 4);
        Certificate certificate;
        try {
            certificate = certificates.readable(actors.get(), number);
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (path.endsWith(".jwt")) {
            byte[] jwt = credentials.credential(actors.get(), number).getBytes(StandardCharsets.US_ASCII);
            response.setContentType("application/vc+jwt");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + certificate.number() + ".jwt\"");
            response.setHeader("Cache-Control", "private, no-store");
            response.getOutputStream().write(jwt);
            return;
        }
        byte[] pdf = CertificatePdf.render(CertificateWording.sheet(certificate, certificates.verifyUrl(certificate),
                certificates.logo(certificate)));
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + certificate.number() + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(pdf);
    }
}
