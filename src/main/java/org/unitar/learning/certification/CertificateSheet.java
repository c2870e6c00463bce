package org.unitar.learning.certification;

import java.util.List;

/**
 * Every line a certificate shows, already worded in its language: what {@link CertificatePdf} draws.
 *
 * @param issuer      who issues it (UNITAR and the CIFAL network)
 * @param details     the completion date, hours, CIFAL centre and edition, one line each
 * @param numberLine  the certificate number with its label
 * @param verifyLine  how to check it
 * @param course      the course title, drawn apart; null when the text after the name says it (a template)
 * @param verifyUrl   the public verification page of this certificate (also in the QR code)
 * @param logo        a PNG or JPEG drawn at the top, or null
 */
public record CertificateSheet(String number, String issuer, String title, String certifies, String holder,
                               String completed, String course, List<String> details, String numberLine,
                               String verifyLine, String verifyUrl, boolean rightToLeft,
                               List<CertificateTemplate.Signatory> signatories, byte[] logo) {

    public CertificateSheet {
        details = List.copyOf(details);
        signatories = List.copyOf(signatories);
    }
}
