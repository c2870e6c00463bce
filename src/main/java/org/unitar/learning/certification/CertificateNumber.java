package org.unitar.learning.certification;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A certificate's readable number: {@code HM-<year>-<sequence of at least six digits>}, the sequence counting from 1
 * in each year, for example {@code HM-2026-000123}.
 */
public record CertificateNumber(int year, int sequence) {

    private static final Pattern FORMAT = Pattern.compile("HM-(\\d{4})-(\\d{6,9})");

    public CertificateNumber {
        if (year < 2000 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("No certificate number " + year + "/" + sequence);
        }
    }

    /** The number {@code text} names, if it is one (surrounding spaces and lower case forgiven). */
    public static Optional<CertificateNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int sequence = Integer.parseInt(m.group(2));
        return year < 2000 || sequence < 1 ? Optional.empty() : Optional.of(new CertificateNumber(year, sequence));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "HM-%04d-%06d", year, sequence);
    }
}
