package org.unitar.learning.certification;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificateNumberTest {

    @Test
    void numbersReadAsTheYearAndSixDigits() {
        assertThat(new CertificateNumber(2026, 123)).hasToString("HM-2026-000123");
        assertThat(new CertificateNumber(2026, 1_234_567)).hasToString("HM-2026-1234567");
    }

    @Test
    void aTypedNumberIsForgivenCaseAndSpacesButNothingElse() {
        assertThat(CertificateNumber.parse(" hm-2026-000123 ")).contains(new CertificateNumber(2026, 123));
        assertThat(CertificateNumber.parse("HM-2026-1234567")).contains(new CertificateNumber(2026, 1_234_567));
        assertThat(CertificateNumber.parse("HM-2026-123")).isEmpty();
        assertThat(CertificateNumber.parse("HM-2026-000000")).isEmpty();
        assertThat(CertificateNumber.parse("HM-1999-000001")).isEmpty();
        assertThat(CertificateNumber.parse("HM-2026-000123' OR 1=1")).isEmpty();
        assertThat(CertificateNumber.parse("../HM-2026-000123")).isEmpty();
        assertThat(CertificateNumber.parse(null)).isEmpty();
    }

    @Test
    void thereIsNoNumberZero() {
        assertThatThrownBy(() -> new CertificateNumber(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verificationCodesAreLongRandomAndReadBackForgivingCase() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCode.next();
            assertThat(code).hasSize(VerificationCode.LENGTH).matches("[0-9a-z]+").doesNotContain("i", "l", "o", "u");
            assertThat(VerificationCode.parse(" " + code.toUpperCase() + " ")).contains(code);
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
        assertThat(VerificationCode.parse("short")).isEmpty();
        assertThat(VerificationCode.parse("iiiiiiiiiiiiiiiiiiiiiiiiii")).as("letters outside the alphabet").isEmpty();
    }

    @Test
    void hoursAreShownToATenthInTheCertificatesLanguage() {
        assertThat(CertificateWording.hours(90, org.unitar.learning.shared.i18n.Language.ENGLISH)).isEqualTo("1.5");
        assertThat(CertificateWording.hours(90, org.unitar.learning.shared.i18n.Language.FRENCH)).isEqualTo("1,5");
        assertThat(CertificateWording.hours(240, org.unitar.learning.shared.i18n.Language.ENGLISH)).isEqualTo("4");
    }
}
