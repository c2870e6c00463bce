package org.unitar.learning.certification;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a certificate as an A4 landscape PDF: names and titles in any script the shipped fonts cover (Latin, Greek,
 * Cyrillic, Arabic, Chinese), with a QR code to the public verification page.
 * <p>
 * PDFBox draws glyphs one after the other, left to right, and knows nothing of Arabic joining or right-to-left order,
 * so every line is first shaped (ICU's {@link ArabicShaping}: each letter becomes its joined presentation form) and
 * put in display order (ICU's {@link Bidi}); then each run of characters is drawn in the first font that has them.
 * A reader extracting the text gets the presentation forms back; NFKC normalisation turns them into the letters.
 */
public final class CertificatePdf {

    /** A font of the certificate: which file and which characters it has a glyph for. */
    private enum Face {
        SERIF("NotoSerif-Regular.ttf"), SERIF_BOLD("NotoSerif-Bold.ttf"),
        NASKH("NotoNaskhArabic-Regular.ttf"), NASKH_BOLD("NotoNaskhArabic-Bold.ttf"),
        FALLBACK("DroidSansFallbackFull.ttf");

        private final String file;
        private byte[] bytes;
        private BitSet covers;

        Face(String file) {
            this.file = file;
        }

        synchronized byte[] bytes() {
            if (bytes == null) {
                try (InputStream in = CertificatePdf.class.getResourceAsStream("/certificate-fonts/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("The certificate font " + file + " is missing from the application");
                    }
                    bytes = in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return bytes;
        }

        synchronized boolean covers(int codePoint) {
            if (covers == null) {
                BitSet set = new BitSet();
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes()))) {
                    var cmap = font.getUnicodeCmapLookup();
                    for (int c = 0; c < 0x30000; c++) {
                        if (cmap.getGlyphId(c) > 0) {
                            set.set(c);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                covers = set;
            }
            return covers.get(codePoint);
        }
    }

    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();
    private static final float TEXT_WIDTH = WIDTH - 160;
    private static final Color UN_BLUE = new Color(0x00, 0x6D, 0xB0);
    private static final Color INK = new Color(0x1F, 0x29, 0x37);
    private static final Color MUTED = new Color(0x4B, 0x55, 0x63);

    private final PDDocument document;
    private final boolean rightToLeft;
    private final Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);

    private CertificatePdf(PDDocument document, boolean rightToLeft) {
        this.document = document;
        this.rightToLeft = rightToLeft;
    }

    /** The certificate as PDF bytes. */
    public static byte[] render(CertificateSheet sheet) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(sheet.title() + " " + sheet.number());
            info.setAuthor(sheet.issuer());
            new CertificatePdf(document, sheet.rightToLeft()).draw(sheet);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw certificate " + sheet.number(), e);
        }
    }

    private void draw(CertificateSheet sheet) throws IOException {
        PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
        document.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            frame(out);
            float y = HEIGHT - 96;
            if (sheet.logo() != null) {
                y = logo(out, sheet.logo()) - 24;
            }
            y = centred(out, sheet.issuer(), 13, false, UN_BLUE, y) - 52;
            y = centred(out, sheet.title(), 34, true, INK, y) - 44;
            y = centred(out, sheet.certifies(), 14, false, MUTED, y) - 48;
            y = centred(out, sheet.holder(), 30, true, INK, y) - 40;
            y = centred(out, sheet.completed(), 14, false, MUTED, y) - 38;
            if (sheet.course() != null) {
                y = centred(out, sheet.course(), 21, true, UN_BLUE, y) - 40;
            }
            for (String detail : sheet.details()) {
                y = centred(out, detail, 12.5f, false, INK, y) - 20;
            }
            signatories(out, sheet.signatories());
            qrCode(out, sheet.verifyUrl(), rightToLeft ? 62 : WIDTH - 62 - 84, 58, 84);
            float bottom = 104;
            bottom = left(out, sheet.numberLine(), 11, true, INK, 62, bottom) - 6;
            bottom = left(out, sheet.verifyLine(), 9.5f, false, MUTED, 62, bottom) - 2;
            left(out, sheet.verifyUrl(), 9.5f, false, UN_BLUE, 62, bottom);
        }
    }

    /** Each signatory above the bottom lines, side by side: a line to sign on, the name, the role. */
    private void signatories(PDPageContentStream out, List<CertificateTemplate.Signatory> people) throws IOException {
        float column = 220;
        float start = (WIDTH - column * people.size()) / 2;
        for (int i = 0; i < people.size(); i++) {
            float centre = start + column * i + column / 2;
            out.setStrokingColor(MUTED);
            out.setLineWidth(0.6f);
            out.moveTo(centre - 80, 168);
            out.lineTo(centre + 80, 168);
            out.stroke();
            centredAt(out, people.get(i).name(), 11, true, INK, centre, 154);
            centredAt(out, people.get(i).role(), 9.5f, false, MUTED, centre, 141);
        }
    }

    private void centredAt(PDPageContentStream out, String text, float size, boolean bold, Color colour, float centre, float y)
            throws IOException {
        if (text == null || text.isBlank()) {
            return;
        }
        List<Run> runs = runs(display(text), bold);
        drawRuns(out, runs, size, colour, centre - width(runs, size) / 2, y);
    }

    /** The template's logo, centred at the top, at most 150 by 56 points, its proportions kept; returns its bottom. */
    private float logo(PDPageContentStream out, byte[] image) throws IOException {
        PDImageXObject picture = PDImageXObject.createFromByteArray(document, image, "logo");
        float scale = Math.min(150f / picture.getWidth(), 56f / picture.getHeight());
        float w = picture.getWidth() * scale;
        float h = picture.getHeight() * scale;
        float bottom = HEIGHT - 48 - h;
        out.drawImage(picture, (WIDTH - w) / 2, bottom, w, h);
        return bottom;
    }

    private static void frame(PDPageContentStream out) throws IOException {
        out.setStrokingColor(UN_BLUE);
        out.setLineWidth(3);
        out.addRect(24, 24, WIDTH - 48, HEIGHT - 48);
        out.stroke();
        out.setLineWidth(0.8f);
        out.addRect(32, 32, WIDTH - 64, HEIGHT - 64);
        out.stroke();
    }

    /** Draws {@code text} centred, on as many lines as it needs; returns the baseline of its last line. */
    private float centred(PDPageContentStream out, String text, float size, boolean bold, Color colour, float y)
            throws IOException {
        float baseline = y;
        List<String> lines = wrap(text, size, bold);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                baseline -= size * 1.3f;
            }
            List<Run> runs = runs(display(lines.get(i)), bold);
            drawRuns(out, runs, size, colour, (WIDTH - width(runs, size)) / 2, baseline);
        }
        return baseline;
    }

    /** Draws one line at the start side of the page (the right for a right-to-left certificate). */
    private float left(PDPageContentStream out, String text, float size, boolean bold, Color colour, float margin, float y)
            throws IOException {
        List<Run> runs = runs(display(text), bold);
        float x = rightToLeft ? WIDTH - margin - width(runs, size) : margin;
        drawRuns(out, runs, size, colour, x, y);
        return y - size * 1.3f;
    }

    /** Splits {@code text} at spaces into lines no wider than the text area. */
    private List<String> wrap(String text, float size, boolean bold) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(runs(display(candidate), bold), size) > TEXT_WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** {@code text} with Arabic letters joined, in the order it is drawn from left to right. */
    String display(String text) {
        String shaped;
        try {
            shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(text);
        } catch (ArabicShapingException e) {
            shaped = text;
        }
        Bidi bidi = new Bidi(shaped, rightToLeft ? Bidi.RTL : Bidi.LEVEL_DEFAULT_LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }

    private record Run(PDType0Font font, String text) {
    }

    /** Splits a display-order line into runs, each drawn with the first font that has its characters. */
    private List<Run> runs(String line, boolean bold) throws IOException {
        List<Run> runs = new ArrayList<>();
        Face current = null;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            Face face = faceFor(c, bold, current);
            if (face == null) {
                continue;
            }
            if (face != current && !text.isEmpty()) {
                runs.add(new Run(font(current), text.toString()));
                text.setLength(0);
            }
            current = face;
            text.appendCodePoint(c);
        }
        if (!text.isEmpty()) {
            runs.add(new Run(font(current), text.toString()));
        }
        return runs;
    }

    /** The font for {@code c}: spaces stay in the current run's font; a character no font has is left out. */
    private static Face faceFor(int c, boolean bold, Face current) {
        if (c == ' ' && current != null) {
            return current;
        }
        for (Face face : bold ? new Face[] {Face.SERIF_BOLD, Face.NASKH_BOLD, Face.FALLBACK}
                : new Face[] {Face.SERIF, Face.NASKH, Face.FALLBACK}) {
            if (face.covers(c)) {
                return face;
            }
        }
        return null;
    }

    private PDType0Font font(Face face) throws IOException {
        PDType0Font font = loaded.get(face);
        if (font == null) {
            font = PDType0Font.load(document, new ByteArrayInputStream(face.bytes()), true);
            loaded.put(face, font);
        }
        return font;
    }

    private static float width(List<Run> runs, float size) throws IOException {
        float width = 0;
        for (Run run : runs) {
            width += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }

    private static void drawRuns(PDPageContentStream out, List<Run> runs, float size, Color colour, float x, float y)
            throws IOException {
        out.setNonStrokingColor(colour);
        float at = x;
        for (Run run : runs) {
            out.beginText();
            out.setFont(run.font(), size);
            out.newLineAtOffset(at, y);
            out.showText(run.text());
            out.endText();
            at += run.font().getStringWidth(run.text()) / 1000 * size;
        }
    }

    private static void qrCode(PDPageContentStream out, String url, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("No QR code for " + url, e);
        }
        float cell = size / matrix.getWidth();
        out.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    out.addRect(x + column * cell, y + size - (row + 1) * cell, cell, cell);
                }
            }
        }
        out.fill();
    }
}
