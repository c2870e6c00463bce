package org.unitar.learning.shared.content;

import org.unitar.learning.shared.archive.ArchiveRefused;
import org.unitar.learning.shared.archive.SafeArchive;
import org.unitar.learning.shared.archive.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of an uploaded table, CSV (UTF-8, comma or semicolon, RFC 4180 quoting) or XLSX (its first sheet), as
 * text cells. An XLSX is a ZIP of XML, read through {@link SafeArchive} and {@link SafeXml}: limited in entries and
 * size, no external entities. Anything unreadable is {@link Unreadable}.
 */
public final class Spreadsheet {

    /** At most this many rows are read (the header included). */
    public static final int MAX_ROWS = 5_001;
    /** At most this many columns. */
    public static final int MAX_COLUMNS = 50;
    private static final SafeArchive.Limits XLSX_LIMITS = new SafeArchive.Limits(200, 20L * 1024 * 1024, 50L * 1024 * 1024);

    public static class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unreadable(String reason) {
            super(reason);
        }
    }

    private Spreadsheet() {
    }

    /** The rows of {@code content}: XLSX if it is a ZIP, else CSV. Blank rows are left out. */
    public static List<List<String>> rows(byte[] content) throws Unreadable {
        List<List<String>> rows = content.length >= 2 && content[0] == 'P' && content[1] == 'K' ? xlsx(content) : csv(content);
        List<List<String>> kept = rows.stream().filter(r -> r.stream().anyMatch(c -> !c.isBlank())).toList();
        if (kept.size() > MAX_ROWS) {
            throw new Unreadable("more than " + MAX_ROWS + " rows");
        }
        return kept;
    }

    static List<List<String>> csv(byte[] content) throws Unreadable {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String firstLine = text.substring(0, firstLineEnd);
        char separator = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
                if (row.size() >= MAX_COLUMNS) {
                    throw new Unreadable("more than " + MAX_COLUMNS + " columns");
                }
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() > MAX_ROWS) {
                    throw new Unreadable("more than " + MAX_ROWS + " rows");
                }
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new Unreadable("a quoted cell is not closed");
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    static List<List<String>> xlsx(byte[] content) throws Unreadable {
        try (SafeArchive zip = SafeArchive.read(new ByteArrayInputStream(content), XLSX_LIMITS)) {
            List<String> shared = new ArrayList<>();
            Optional<byte[]> strings = zip.bytes("xl/sharedStrings.xml");
            if (strings.isPresent()) {
                NodeList items = SafeXml.parse(new ByteArrayInputStream(strings.get()), "sharedStrings.xml").getElementsByTagNameNS("*", "si");
                for (int i = 0; i < items.getLength(); i++) {
                    shared.add(text((Element) items.item(i)));
                }
            }
            byte[] sheet = zip.bytes("xl/worksheets/sheet1.xml")
                    .orElseThrow(() -> new Unreadable("no first sheet (xl/worksheets/sheet1.xml)"));
            Document document = SafeXml.parse(new ByteArrayInputStream(sheet), "sheet1.xml");
            NodeList rowElements = document.getElementsByTagNameNS("*", "row");
            if (rowElements.getLength() > MAX_ROWS) {
                throw new Unreadable("more than " + MAX_ROWS + " rows");
            }
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < rowElements.getLength(); r++) {
                List<String> row = new ArrayList<>();
                NodeList cells = ((Element) rowElements.item(r)).getElementsByTagNameNS("*", "c");
                for (int c = 0; c < cells.getLength(); c++) {
                    Element cell = (Element) cells.item(c);
                    int column = column(cell.getAttribute("r"), row.size());
                    if (column >= MAX_COLUMNS) {
                        throw new Unreadable("more than " + MAX_COLUMNS + " columns");
                    }
                    while (row.size() < column) {
                        row.add("");
                    }
                    row.add(value(cell, shared));
                }
                rows.add(row);
            }
            return rows;
        } catch (ArchiveRefused e) {
            throw new Unreadable("not a readable XLSX file");
        } catch (IOException e) {
            throw new Unreadable("not a readable XLSX file");
        }
    }

    private static String value(Element cell, List<String> shared) throws Unreadable {
        String type = cell.getAttribute("t");
        if ("inlineStr".equals(type)) {
            return text(cell);
        }
        NodeList values = cell.getElementsByTagNameNS("*", "v");
        String value = values.getLength() == 0 ? "" : values.item(0).getTextContent();
        if ("s".equals(type)) {
            try {
                return shared.get(Integer.parseInt(value.strip()));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                throw new Unreadable("a cell points to no shared text");
            }
        }
        return value;
    }

    /** The text of a rich or plain string: its {@code t} elements joined (phonetic runs left out). */
    private static String text(Element element) {
        StringBuilder text = new StringBuilder();
        NodeList parts = element.getElementsByTagNameNS("*", "t");
        for (int i = 0; i < parts.getLength(); i++) {
            if (!"rPh".equals(parts.item(i).getParentNode().getLocalName())) {
                text.append(parts.item(i).getTextContent());
            }
        }
        return text.toString();
    }

    /**
     * An XLSX workbook of {@code sheets} (name to rows, the first row a header), every cell written as text (an
     * inline string, which a spreadsheet never evaluates as a formula) or, where it is a plain number, as a number.
     */
    public static byte[] xlsx(java.util.Map<String, List<List<String>>> sheets) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
            StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
            StringBuilder relations = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            int n = 0;
            for (var sheet : sheets.entrySet()) {
                n++;
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(n)
                        .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                String name = sheet.getKey().replaceAll("[\\\\/?*\\[\\]:]", " ");
                workbook.append("<sheet name=\"").append(escape(name.length() > 31 ? name.substring(0, 31) : name))
                        .append("\" sheetId=\"").append(n).append("\" r:id=\"rId").append(n).append("\"/>");
                relations.append("<Relationship Id=\"rId").append(n)
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                        .append(n).append(".xml\"/>");
                entry(zip, "xl/worksheets/sheet" + n + ".xml", sheetXml(sheet.getValue()));
            }
            entry(zip, "[Content_Types].xml", types.append("</Types>").toString());
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
            entry(zip, "xl/_rels/workbook.xml.rels", relations.append("</Relationships>").toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

    private static String sheetXml(List<List<String>> rows) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (List<String> row : rows) {
            xml.append("<row>");
            for (String cell : row) {
                String value = cell == null ? "" : cell;
                if (NUMBER.matcher(value).matches()) {
                    xml.append("<c><v>").append(value).append("</v></c>");
                } else {
                    xml.append("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escape(value)).append("</t></is></c>");
                }
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static void entry(java.util.zip.ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Text for XML: markup escaped, characters XML 1.0 cannot hold dropped. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** The column of a reference like {@code C7} (0 for A); {@code next} when the cell has none. */
    private static int column(String reference, int next) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 || column > 16_384 ? next : column - 1;
    }
}
