package org.unitar.learning.certification;

import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/** Words a certificate in its language (bundle keys {@code certificate.pdf.*}): what {@link CertificatePdf} draws. */
public final class CertificateWording {

    private CertificateWording() {
    }

    /** What {@code certificate} prints: its template's wording as issued, or the platform's; {@code logo} may be null. */
    public static CertificateSheet sheet(Certificate certificate, String verifyUrl, byte[] logo) {
        Language language = certificate.language();
        Messages words = Messages.in(language);
        if (certificate.printed().isPresent()) {
            Certificate.Printed printed = certificate.printed().get();
            return new CertificateSheet(certificate.number(), words.format("certificate.pdf.issuer"), printed.title(),
                    printed.intro(), certificate.holderName(), printed.body(), null, List.of(),
                    words.format("certificate.pdf.number", certificate.number()), words.format("certificate.pdf.verify"),
                    verifyUrl, language.isRightToLeft(), printed.signatories(), logo);
        }
        List<String> details = new ArrayList<>();
        details.add(words.format("certificate.pdf.completedOn", date(certificate, language)));
        String hours = hours(certificate.minutes(), language);
        details.add(certificate.cifalCentre().isEmpty() ? words.format("certificate.pdf.hours", hours)
                : words.format("certificate.pdf.hoursAt", hours, certificate.cifalCentre()));
        if (!certificate.editionName().isEmpty()) {
            details.add(words.format("certificate.pdf.edition", certificate.editionName()));
        }
        return new CertificateSheet(certificate.number(), words.format("certificate.pdf.issuer"),
                words.format("certificate.pdf.title"), words.format("certificate.pdf.certifies"), certificate.holderName(),
                words.format("certificate.pdf.completed"), certificate.courseTitle(), details,
                words.format("certificate.pdf.number", certificate.number()), words.format("certificate.pdf.verify"),
                verifyUrl, language.isRightToLeft(), List.of(), logo);
    }

    /** The values of a template's placeholders for {@code facts}, in {@code language}. */
    public static java.util.Map<String, String> placeholders(Certificate.Facts facts, Language language) {
        return java.util.Map.of("name", facts.holderName(), "course", facts.courseTitle(),
                "date", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(facts.completedOn()),
                "hours", hours(facts.minutes(), language), "centre", facts.cifalCentre() == null ? "" : facts.cifalCentre(),
                "edition", facts.editionName() == null ? "" : facts.editionName());
    }

    public static String date(Certificate certificate, Language language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(certificate.completedOn());
    }

    /** Minutes as hours in {@code language}, to a tenth of an hour (90 minutes: "1.5"). */
    public static String hours(int minutes, Language language) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(1);
        return format.format(Math.round(minutes / 6.0) / 10.0);
    }
}
