package org.unitar.learning.shared.content;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadsheetTest {

    @Test
    void csvWithQuotesSemicolonsAByteOrderMarkAndBlankLines() throws Exception {
        String csv = "\uFEFFemail;first name;last name\r\n\"fatou@example.sn\";Fatou;\"N'Diaye; \"\"la grande\"\"\"\r\n;;\r\nali@example.ma;Ali;Ben\n";
        assertThat(Spreadsheet.rows(csv.getBytes(StandardCharsets.UTF_8))).containsExactly(
                List.of("email", "first name", "last name"),
                List.of("fatou@example.sn", "Fatou", "N'Diaye; \"la grande\""),
                List.of("ali@example.ma", "Ali", "Ben"));
    }

    @Test
    void anXlsxFirstSheetWithSharedAndInlineStringsAndGaps() throws Exception {
        byte[] xlsx = zip(Map.of(
                "xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>email</t></si>"
                        + "<si><r><t>first </t></r><r><t>name</t></r></si><si><t>ليلى</t></si></sst>",
                "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>layla@example.jo</t></is></c><c r=\"C2\" t=\"s\"><v>2</v></c>"
                        + "<c r=\"D2\"><v>42</v></c></row></sheetData></worksheet>"));
        assertThat(Spreadsheet.rows(xlsx)).containsExactly(List.of("email", "first name"), List.of("layla@example.jo", "", "ليلى", "42"));
    }

    @Test
    void whatCannotBeReadSafelyIsRefused() throws IOException {
        assertThatThrownBy(() -> Spreadsheet.rows(new byte[] {(byte) 0xC3, 0x28, ','})).isInstanceOf(Spreadsheet.Unreadable.class);
        assertThatThrownBy(() -> Spreadsheet.rows("a,\"b\n".getBytes(StandardCharsets.UTF_8))).isInstanceOf(Spreadsheet.Unreadable.class);
        assertThatThrownBy(() -> Spreadsheet.rows("a\n".repeat(Spreadsheet.MAX_ROWS + 1).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Spreadsheet.Unreadable.class);
        assertThatThrownBy(() -> Spreadsheet.rows(zip(Map.of("xl/worksheets/sheet1.xml",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>"))))
                .as("no external entities").isInstanceOf(Spreadsheet.Unreadable.class);
        assertThatThrownBy(() -> Spreadsheet.rows(zip(Map.of("xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row><c r=\"XFD1\"><v>1</v></c></row></sheetData></worksheet>"))))
                .isInstanceOf(Spreadsheet.Unreadable.class);
        assertThatThrownBy(() -> Spreadsheet.rows(zip(Map.of("other.xml", "<a/>")))).isInstanceOf(Spreadsheet.Unreadable.class);
        assertThatThrownBy(() -> Spreadsheet.rows("PK not a zip".getBytes(StandardCharsets.UTF_8))).isInstanceOf(Spreadsheet.Unreadable.class);
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
