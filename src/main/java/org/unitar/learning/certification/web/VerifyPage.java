package org.unitar.learning.certification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.certification.Certificate;
import org.unitar.learning.certification.service.Certificates;

/**
 * Backs verify.xhtml, public: the certificate with the code typed or in the address, as anyone may see it (holder,
 * course, completion date, issuer, number, status with its date), and nothing else of the learner. A code that is
 * malformed or unknown says "not found", alike.
 */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    Certificates certificates;

    private String code;
    private Certificate certificate;
    private Certificate replacement;

    public void load() {
        if (code == null || code.isBlank()) {
            return;
        }
        certificate = certificates.verify(code).orElse(null);
        replacement = certificate == null ? null : certificates.replacement(certificate).orElse(null);
    }

    public boolean isAsked() {
        return code != null && !code.isBlank();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public Certificate getReplacement() {
        return replacement;
    }

    public String getVerifyUrl() {
        return replacement == null ? null : certificates.verifyUrl(replacement);
    }
}
