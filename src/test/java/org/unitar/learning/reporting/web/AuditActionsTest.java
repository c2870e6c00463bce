package org.unitar.learning.reporting.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AuditActionsTest {

    /** How the services name what they record: {@code static final String AUDIT_X = "part.action";}. */
    private static final Pattern RECORDED = Pattern.compile("String AUDIT_[A-Z_]+\\s*=\\s*\"([a-z.-]+)\"");

    @Test
    void everyActionTheServicesRecordHasALabelAndIsOfferedInTheFilter() throws IOException {
        Set<String> recorded = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = RECORDED.matcher(Files.readString(source));
                while (m.find()) {
                    recorded.add(m.group(1));
                }
            }
        }

        assertThat(recorded).as("actions found in the services").hasSizeGreaterThan(20)
                .contains("catalogue.course-published", "certification.revoked", "assessment.question-regraded");
        assertThat(AuditActions.all()).containsAll(recorded);
    }
}
