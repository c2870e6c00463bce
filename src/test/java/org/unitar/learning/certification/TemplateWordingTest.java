package org.unitar.learning.certification;

import org.junit.jupiter.api.Test;
import org.unitar.learning.shared.InputRefused;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateWordingTest {

    @Test
    void placeholdersAreFilledLiterally() {
        TemplateWording wording = TemplateWording.of("en", "Certificate", "We certify that",
                "completed {course} ({hours} hours) on {date} at {centre}.");

        assertThat(TemplateWording.fill(wording.body(), Map.of("course", "Data $1 \\ {name}", "hours", "4", "date", "1 May 2026",
                "centre", "CIFAL Durban"))).isEqualTo("completed Data $1 \\ {name} (4 hours) on 1 May 2026 at CIFAL Durban.");
    }

    @Test
    void spacesAreTidiedAndTheIntroMayBeEmpty() {
        TemplateWording wording = TemplateWording.of("fr", "  Attestation \n de réussite ", null, "a suivi {course}");

        assertThat(wording.title()).isEqualTo("Attestation de réussite");
        assertThat(wording.intro()).isEmpty();
    }

    @Test
    void unknownPlaceholdersStrayBracesMissingAndLongTextsAreRefusedNamingTheirField() {
        assertThatThrownBy(() -> TemplateWording.of("es", "Título", "", "completó {curso}"))
                .isInstanceOfSatisfying(InputRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("body_es");
                    assertThat(e.messageKey()).isEqualTo("template.unknownPlaceholder");
                });
        assertThatThrownBy(() -> TemplateWording.of("en", "Title {", "", "done")).isInstanceOfSatisfying(InputRefused.class,
                e -> assertThat(e.field()).isEqualTo("title_en"));
        assertThatThrownBy(() -> TemplateWording.of("ar", " ", "", "done")).isInstanceOfSatisfying(InputRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("template.required"));
        assertThatThrownBy(() -> TemplateWording.of("en", "Title", "x".repeat(301), "done")).isInstanceOfSatisfying(InputRefused.class,
                e -> assertThat(e.field()).isEqualTo("intro_en"));
    }
}
