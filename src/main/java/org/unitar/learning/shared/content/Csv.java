package org.unitar.learning.shared.content;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV (RFC 4180) that spreadsheets open safely: every cell quoted when it needs to be, and a cell that a
 * spreadsheet would read as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return) written with a leading apostrophe, so that nothing a learner or author typed is ever evaluated.
 */
public final class Csv {

    private Csv() {
    }

    /** Writes one line of cells, ended by CRLF. */
    public static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One cell as written: neutralised, then quoted if it holds a comma, quote or line break. */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
