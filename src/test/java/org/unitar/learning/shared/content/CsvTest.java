package org.unitar.learning.shared.content;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void cellsASpreadsheetWouldReadAsFormulasAreWrittenAsText() {
        assertThat(Csv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(Csv.cell("+33 1 23")).isEqualTo("'+33 1 23");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.cell("Aminata Diop")).isEqualTo("Aminata Diop");
        assertThat(Csv.cell("87.5")).isEqualTo("87.5");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndEachLineEndsWithCrLf() throws Exception {
        StringWriter out = new StringWriter();

        Csv.line(out, List.of("Diop, Aminata", "say \"hi\"", "two\nlines", "يوسف"));

        assertThat(out).hasToString("\"Diop, Aminata\",\"say \"\"hi\"\"\",\"two\nlines\",يوسف\r\n");
    }
}
