package org.unitar.learning.certification;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF carries the holder's name, the course and the number in their own script, read back from the file. */
class CertificatePdfTest {

    private static CertificateSheet sheet(String holder, String course, boolean rightToLeft) {
        return new CertificateSheet("HM-2026-000123", "UNITAR · CIFAL Global Network", "Certificate of completion",
                "This is to certify that", holder, "has completed the course", course,
                List.of("Completed on 30 November 2026", "4 hours · CIFAL Durban"), "Certificate number: HM-2026-000123",
                "Check this certificate at", "https://learning.example.org/verify/abcdefghijklmnop", rightToLeft, List.of(), null);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).as("A4 landscape").isGreaterThan(box.getHeight());
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    @Test
    void latinAndCyrillicNamesAreReadBack() throws IOException {
        String text = text(CertificatePdf.render(sheet("Елена Петрова", "Migration and local development", false)));

        assertThat(text).contains("Елена Петрова", "Migration and local development", "HM-2026-000123");
    }

    @Test
    void anArabicNameIsJoinedAndReadBackInItsOrder() throws IOException {
        String name = "يوسف العلوي";
        String course = "الهجرة والتنمية المحلية";
        byte[] pdf = CertificatePdf.render(sheet(name, course, true));

        String text = text(pdf);
        assertThat(text).contains(nfkc(name), nfkc(course), "HM-2026-000123");
        Path out = Path.of("target", "certificates", "arabic.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
    }

    @Test
    void aChineseNameIsReadBack() throws IOException {
        byte[] pdf = CertificatePdf.render(sheet("张伟", "移民与地方发展", false));

        assertThat(text(pdf)).contains("张伟", "移民与地方发展", "HM-2026-000123");
        Path out = Path.of("target", "certificates", "chinese.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
    }

    @Test
    void aTemplatesWordingSignatoriesAndLogoArePrinted() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(300, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        CertificateSheet sheet = new CertificateSheet("HM-2026-000124", "UNITAR", "Attestation de réussite", "Nous certifions que",
                "Aminata Diop", "a suivi le cours « Données et migrations », 4 heures, le 30 novembre 2026.", null, List.of(),
                "Numéro : HM-2026-000124", "Vérifier :", "https://learning.example.org/verify/x", false,
                List.of(new CertificateTemplate.Signatory("Nikhil Seth", "Directeur exécutif, UNITAR"),
                        new CertificateTemplate.Signatory("Alex Mejía", "Directeur, CIFAL")), png.toByteArray());

        byte[] pdf = CertificatePdf.render(sheet);
        Path out = Path.of("target", "certificates", "template.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);

        assertThat(text(pdf).replaceAll("\\s+", " ")).contains("Attestation de réussite", "Aminata Diop", "Données et migrations",
                "Nikhil Seth", "Directeur exécutif, UNITAR", "Alex Mejía");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getResources().getXObjectNames()).as("the logo").isNotEmpty();
        }
    }

    @Test
    void aLongCourseTitleWrapsInsteadOfLeavingThePage() throws IOException {
        String course = "Local governance of migration: inclusive services, social cohesion and the Global Compact "
                + "for Safe, Orderly and Regular Migration in cities and regions";
        String text = text(CertificatePdf.render(sheet("Maria Hernández", course, false)));

        assertThat(text.replaceAll("\\s+", " ")).contains(course);
    }
}
