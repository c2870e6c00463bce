package org.unitar.learning.shared.archive;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unitar.learning.shared.archive.ArchiveRefused.Reason;
import org.unitar.learning.shared.archive.SafeArchive.Limits;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SafeArchiveTest {

    private static final long MIB = 1024 * 1024;
    private static final Limits SMALL = new Limits(10, 10 * MIB, 20 * MIB);
    private static final int CENTRAL_HEADER = 0x02014b50;

    @TempDir
    Path spool;

    // --- a normal archive

    @Test
    void readsPathsSizesAndContentOfANormalArchive() throws Exception {
        byte[] video = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(video);
        byte[] zip = zip(out -> {
            folder(out, "files/");
            file(out, "imsmanifest.xml", "<manifest/>".getBytes(StandardCharsets.UTF_8));
            file(out, "files/présentation-عربي.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
            file(out, "media/video/lecture.mp4", video);
            file(out, "./media/empty.txt", new byte[0]);
        });

        try (SafeArchive archive = read(zip, SMALL)) {
            assertThat(archive.paths()).containsExactly("imsmanifest.xml", "files/présentation-عربي.pdf",
                    "media/video/lecture.mp4", "media/empty.txt");
            assertThat(archive.bytes("imsmanifest.xml")).hasValue("<manifest/>".getBytes(StandardCharsets.UTF_8));
            assertThat(archive.size("files/présentation-عربي.pdf")).isEqualTo(8);
            assertThat(archive.size("media/video/lecture.mp4")).isEqualTo(video.length);
            try (InputStream in = archive.open("media/video/lecture.mp4")) {
                assertThat(in.readAllBytes()).isEqualTo(video);
            }
            assertThat(archive.size("media/empty.txt")).isZero();
            assertThat(archive.bytes("./media//empty.txt")).hasValue(new byte[0]);
        }
    }

    @Test
    void anArchiveWrittenByJavaUtilZipIsReadToo() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            out.putNextEntry(new ZipEntry("a/b.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        try (SafeArchive archive = read(bytes.toByteArray(), SMALL)) {
            assertThat(archive.paths()).containsExactly("a/b.txt");
            assertThat(archive.bytes("a/b.txt")).hasValue("hello".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void anEmptyArchiveHasNoPaths() throws Exception {
        try (SafeArchive archive = read(zip(out -> { }), SMALL)) {
            assertThat(archive.paths()).isEmpty();
        }
    }

    @Test
    void aPathNotInTheArchiveIsMissing() throws Exception {
        try (SafeArchive archive = read(zip(out -> file(out, "a.txt", new byte[1])), SMALL)) {
            assertThat(archive.bytes("b.txt")).isEmpty();
            assertThat(archive.bytes("../a.txt")).isEmpty();
            ArchiveRefused refused = catchThrowableOfType(ArchiveRefused.class, () -> archive.open("b.txt"));
            assertThat(refused.reason()).isEqualTo(Reason.MISSING_ENTRY);
            assertThat(refused.entry()).isEqualTo("b.txt");
            assertThat(catchThrowableOfType(ArchiveRefused.class, () -> archive.size("b.txt")).reason())
                    .isEqualTo(Reason.MISSING_ENTRY);
        }
    }

    @Test
    void closingDeletesTheTemporaryFiles() throws Exception {
        byte[] zip = zip(out -> {
            file(out, "a.txt", new byte[100]);
            file(out, "b/c.txt", new byte[200]);
        });
        SafeArchive archive = read(zip, SMALL);
        assertThat(filesUnder(spool)).hasSize(3); // its folder and one file per entry; the upload is gone already

        archive.close();

        assertThat(filesUnder(spool)).isEmpty();
        archive.close();
    }

    @Test
    void aRefusedArchiveLeavesNothingOnDisk() throws Exception {
        byte[] zip = zip(out -> {
            file(out, "a.txt", new byte[100]);
            file(out, "b.txt", new byte[11 * (int) MIB]);
        });
        assertThat(refusal(zip, SMALL).reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(filesUnder(spool)).isEmpty();
    }

    // --- unsafe paths

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "a/../../x", "a/../b", "..", "/etc/passwd", "//server/x", "C:/x",
            "c:x", "a\u0000b", "a\nb", "a\u007fb", "a\u0085b", ".", "./", "./."})
    void anUnsafeNameIsRefused(String name) {
        ArchiveRefused refused = refusal(zip(out -> file(out, name, new byte[1])), SMALL);
        assertThat(refused.reason()).isEqualTo(Reason.UNSAFE_PATH);
        assertThat(refused.entry()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..\\x", "C:\\x", "\\\\server\\x", "a\\b", "a/b\\c"})
    void aBackslashIsRefusedWhicheverSystemMadeTheArchive(String name) throws IOException {
        // java.util.zip writes the name as it is given, and marks the archive as made on MS-DOS/Windows
        ByteArrayOutputStream windows = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(windows)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(1);
            out.closeEntry();
        }
        ArchiveRefused refused = refusal(windows.toByteArray(), SMALL);
        assertThat(refused.reason()).isEqualTo(Reason.UNSAFE_PATH);
        // Commons Compress turns the backslashes of such an archive into slashes (when it has no slash)
        assertThat(refused.entry().replace('\\', '/')).isEqualTo(name.replace('\\', '/'));

        // Commons Compress would turn the backslashes into slashes as it writes: write '|' and patch it
        String placeholder = name.replace('\\', '|');
        byte[] unix = zip(out -> {
            ZipArchiveEntry entry = new ZipArchiveEntry(placeholder);
            entry.setUnixMode(0100644);
            write(out, entry, new byte[1]);
        });
        replaceAll(unix, placeholder, name);
        refused = refusal(unix, SMALL);
        assertThat(refused.reason()).isEqualTo(Reason.UNSAFE_PATH);
        assertThat(refused.entry()).isEqualTo(name);
    }

    @Test
    void zipSlipWrittenByJavaUtilZipIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("../../etc/passwd"));
            out.write("root::0:0::/root:/bin/sh\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        ArchiveRefused refused = refusal(bytes.toByteArray(), SMALL);
        assertThat(refused.reason()).isEqualTo(Reason.UNSAFE_PATH);
        assertThat(refused.entry()).isEqualTo("../../etc/passwd");
        assertThat(filesUnder(spool)).isEmpty();
    }

    @Test
    void anUnsafeFolderEntryIsRefusedToo() {
        assertThat(refusal(zip(out -> folder(out, "../up/")), SMALL).reason()).isEqualTo(Reason.UNSAFE_PATH);
    }

    @Test
    void theRefusalMessageIsSafeToLog() {
        ArchiveRefused refused = refusal(zip(out -> file(out, "a\nFAKE LOG LINE", new byte[1])), SMALL);
        assertThat(refused.getMessage()).isEqualTo("archive.refused.unsafe-path: a?FAKE LOG LINE");
    }

    // --- duplicates

    @ParameterizedTest
    @ValueSource(strings = {"a/b.txt", "./a/b.txt", "a//b.txt", "a/./b.txt"})
    void twoEntriesWithTheSamePathAreRefused(String second) {
        ArchiveRefused refused = refusal(zip(out -> {
            file(out, "a/b.txt", new byte[1]);
            file(out, second, new byte[2]);
        }), SMALL);
        assertThat(refused.reason()).isEqualTo(Reason.DUPLICATE_ENTRY);
        assertThat(refused.entry()).isEqualTo(second);
    }

    @Test
    void namesThatAreTheSameInUnicodeAreDuplicates() {
        ArchiveRefused refused = refusal(zip(out -> {
            file(out, "r\u00e9sum\u00e9.txt", new byte[1]); // é as one character (NFC)
            file(out, "re\u0301sume\u0301.txt", new byte[1]); // e followed by a combining accent (NFD)
        }), SMALL);
        assertThat(refused.reason()).isEqualTo(Reason.DUPLICATE_ENTRY);
    }

    @Test
    void aFileWhereAFolderIsNeededIsRefused() {
        assertThat(refusal(zip(out -> {
            file(out, "a", new byte[1]);
            file(out, "a/b", new byte[1]);
        }), SMALL).reason()).isEqualTo(Reason.DUPLICATE_ENTRY);
        assertThat(refusal(zip(out -> {
            file(out, "a/b", new byte[1]);
            file(out, "a", new byte[1]);
        }), SMALL).reason()).isEqualTo(Reason.DUPLICATE_ENTRY);
        assertThat(refusal(zip(out -> {
            folder(out, "a/");
            file(out, "a", new byte[1]);
        }), SMALL).reason()).isEqualTo(Reason.DUPLICATE_ENTRY);
    }

    @Test
    void aFolderListedTwiceIsHarmless() throws Exception {
        try (SafeArchive archive = read(zip(out -> {
            folder(out, "a/");
            folder(out, "a/");
            file(out, "a/b", new byte[1]);
        }), SMALL)) {
            assertThat(archive.paths()).containsExactly("a/b");
        }
    }

    // --- links, encryption, methods

    @Test
    void aSymbolicLinkIsRefused() {
        ArchiveRefused refused = refusal(zip(out -> {
            ZipArchiveEntry link = new ZipArchiveEntry("passwd");
            link.setUnixMode(0120777);
            write(out, link, "/etc/passwd".getBytes(StandardCharsets.UTF_8));
        }), SMALL);
        assertThat(refused.reason()).isEqualTo(Reason.SYMLINK);
        assertThat(refused.entry()).isEqualTo("passwd");
    }

    @Test
    void aSpecialFileIsRefused() {
        ArchiveRefused refused = refusal(zip(out -> {
            ZipArchiveEntry fifo = new ZipArchiveEntry("pipe");
            fifo.setUnixMode(0010644);
            write(out, fifo, new byte[0]);
        }), SMALL);
        assertThat(refused.reason()).isEqualTo(Reason.UNSUPPORTED);
    }

    @Test
    void anEncryptedEntryIsRefused() {
        byte[] zip = zip(out -> file(out, "secret.txt", "hidden".getBytes(StandardCharsets.UTF_8)));
        ByteBuffer header = centralHeader(zip, 0);
        header.putShort(header.position() + 8, (short) (header.getShort(header.position() + 8) | 1));
        ArchiveRefused refused = refusal(zip, SMALL);
        assertThat(refused.reason()).isEqualTo(Reason.UNSUPPORTED);
        assertThat(refused.entry()).isEqualTo("secret.txt");
    }

    @Test
    void anUnsupportedCompressionMethodIsRefused() {
        byte[] zip = zip(out -> file(out, "a.txt", "text".getBytes(StandardCharsets.UTF_8)));
        ByteBuffer header = centralHeader(zip, 0);
        header.putShort(header.position() + 10, (short) 95); // XZ
        assertThat(refusal(zip, SMALL).reason()).isEqualTo(Reason.UNSUPPORTED);
    }

    // --- sizes and counts

    @Test
    void aZipBombIsStoppedAtTheEntryLimit() {
        byte[] zip = zip(out -> file(out, "zeros.bin", new byte[50 * (int) MIB]));
        assertThat(zip.length).isLessThan(100 * 1024);

        ArchiveRefused refused = refusal(zip, SMALL);
        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.entry()).isEqualTo("zeros.bin");
        assertThat(filesUnder(spool)).isEmpty();
    }

    @Test
    void entriesWithinTheirLimitAreStoppedAtTheTotalLimit() {
        byte[] zip = zip(out -> {
            file(out, "one.bin", new byte[8 * (int) MIB]);
            file(out, "two.bin", new byte[8 * (int) MIB]);
            file(out, "three.bin", new byte[8 * (int) MIB]);
        });
        ArchiveRefused refused = refusal(zip, SMALL);
        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.entry()).isEqualTo("three.bin");
    }

    @Test
    void aDeclaredSizeThatLiesIsNotBelieved() {
        byte[] zip = zip(out -> file(out, "zeros.bin", new byte[50 * (int) MIB]));
        ByteBuffer header = centralHeader(zip, 0);
        header.putInt(header.position() + 24, 1); // "uncompressed size: 1 byte"

        ArchiveRefused refused = refusal(zip, SMALL);
        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.entry()).isEqualTo("zeros.bin");
    }

    @Test
    void theSizeReportedIsTheSizeDecompressedNotTheOneDeclared() throws Exception {
        byte[] zip = zip(out -> file(out, "zeros.bin", new byte[100_000]));
        ByteBuffer header = centralHeader(zip, 0);
        header.putInt(header.position() + 24, 10);
        try (SafeArchive archive = read(zip, SMALL)) {
            assertThat(archive.size("zeros.bin")).isEqualTo(100_000);
        }
    }

    @Test
    void overlappingEntriesCannotMultiplyTheirContent() {
        // Several central directory records pointing at the same compressed data (a "non-recursive" zip bomb)
        byte[] zip = zip(out -> {
            file(out, "a.bin", new byte[8 * (int) MIB]);
            file(out, "b.bin", new byte[8 * (int) MIB]);
            file(out, "c.bin", new byte[8 * (int) MIB]);
        });
        ByteBuffer first = centralHeader(zip, 0);
        int offsetOfA = first.getInt(first.position() + 42);
        for (int i = 1; i < 3; i++) {
            ByteBuffer other = centralHeader(zip, i);
            other.putInt(other.position() + 42, offsetOfA);
        }
        ArchiveRefused refused = refusal(zip, SMALL);
        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.entry()).isEqualTo("c.bin");
    }

    @Test
    void moreEntriesThanAllowedAreRefused() {
        byte[] zip = zip(out -> {
            for (int i = 0; i < 11; i++) {
                file(out, "f" + i, new byte[1]);
            }
        });
        ArchiveRefused refused = refusal(zip, SMALL);
        assertThat(refused.reason()).isEqualTo(Reason.TOO_MANY_ENTRIES);
        assertThat(refused.entry()).isNull();
    }

    @Test
    void foldersCountAsEntries() {
        byte[] zip = zip(out -> {
            for (int i = 0; i < 11; i++) {
                folder(out, "d" + i + "/");
            }
        });
        assertThat(refusal(zip, SMALL).reason()).isEqualTo(Reason.TOO_MANY_ENTRIES);
    }

    @Test
    void aHugeCentralDirectoryIsStoppedWhileItIsRead() {
        byte[] zip = zip(out -> {
            for (int i = 0; i < 50_000; i++) {
                folder(out, i + "/");
            }
        });
        ArchiveRefused refused = refusal(zip, SMALL);
        assertThat(refused.reason()).isEqualTo(Reason.TOO_MANY_ENTRIES);
        assertThat(refused).hasRootCauseMessage("central directory and local headers larger than "
                + SMALL.maxDirectoryBytes() + " bytes");
    }

    @Test
    void anUploadLargerThanAnyHonestArchiveIsNotEvenOpened() {
        Limits tiny = new Limits(1, 1000, 1000);
        byte[] upload = new byte[(int) tiny.maxArchiveBytes() + 1];
        ArchiveRefused refused = refusal(upload, tiny);
        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.entry()).isNull();
    }

    // --- not a zip

    @Test
    void randomBytesAreNotAZip() {
        byte[] noise = new byte[10_000];
        new Random(42).nextBytes(noise);
        assertThat(refusal(noise, SMALL).reason()).isEqualTo(Reason.NOT_A_ZIP);
    }

    @Test
    void anEmptyUploadIsNotAZip() {
        assertThat(refusal(new byte[0], SMALL).reason()).isEqualTo(Reason.NOT_A_ZIP);
    }

    @Test
    void aTruncatedArchiveIsNotAZip() {
        byte[] zip = zip(out -> file(out, "a.txt", new byte[1000]));
        byte[] truncated = Arrays.copyOf(zip, zip.length / 2);
        assertThat(refusal(truncated, SMALL).reason()).isEqualTo(Reason.NOT_A_ZIP);
    }

    @Test
    void contentThatFailsItsChecksumIsRefused() {
        byte[] zip = zip(out -> file(out, "a.txt", "some text".getBytes(StandardCharsets.UTF_8)));
        ByteBuffer header = centralHeader(zip, 0);
        header.putInt(header.position() + 16, header.getInt(header.position() + 16) ^ 1);
        ArchiveRefused refused = refusal(zip, SMALL);
        assertThat(refused.reason()).isEqualTo(Reason.NOT_A_ZIP);
        assertThat(refused.entry()).isEqualTo("a.txt");
    }

    @Test
    void everyReasonHasAMessageKey() {
        assertThat(Reason.UNSAFE_PATH.messageKey()).isEqualTo("archive.refused.unsafe-path");
        assertThat(Reason.NOT_A_ZIP.messageKey()).isEqualTo("archive.refused.not-a-zip");
        assertThat(Stream.of(Reason.values()).map(Reason::messageKey))
                .allMatch(key -> key.matches("archive\\.refused\\.[a-z]+(-[a-z]+)*"));
    }

    // --- helpers

    private interface Entries {
        void writeTo(ZipArchiveOutputStream out) throws IOException;
    }

    private static byte[] zip(Entries entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            entries.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void file(ZipArchiveOutputStream out, String name, byte[] content) throws IOException {
        write(out, new ZipArchiveEntry(name), content);
    }

    private static void folder(ZipArchiveOutputStream out, String name) throws IOException {
        out.putArchiveEntry(new ZipArchiveEntry(name));
        out.closeArchiveEntry();
    }

    private static void write(ZipArchiveOutputStream out, ZipArchiveEntry entry, byte[] content) {
        try {
            out.putArchiveEntry(entry);
            out.write(content);
            out.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces a name where it is written, in the local header and in the central directory. */
    private static void replaceAll(byte[] zip, String name, String replacement) {
        byte[] from = name.getBytes(StandardCharsets.UTF_8);
        byte[] to = replacement.getBytes(StandardCharsets.UTF_8);
        assertThat(to).hasSameSizeAs(from);
        int replaced = 0;
        for (int i = 0; i + from.length <= zip.length; i++) {
            if (Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, zip, i, to.length);
                replaced++;
            }
        }
        assertThat(replaced).isEqualTo(2);
    }

    /** The archive's n-th central directory record, positioned at its start, to patch in place (little-endian). */
    private static ByteBuffer centralHeader(byte[] zip, int n) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int found = 0;
        for (int i = 0; i + 4 <= zip.length; i++) {
            if (buffer.getInt(i) == CENTRAL_HEADER && found++ == n) {
                return buffer.position(i);
            }
        }
        throw new IllegalArgumentException("no central directory record " + n);
    }

    private SafeArchive read(byte[] zip, Limits limits) throws ArchiveRefused, IOException {
        return SafeArchive.read(new ByteArrayInputStream(zip), limits, spool);
    }

    private ArchiveRefused refusal(byte[] zip, Limits limits) {
        ArchiveRefused refused = catchThrowableOfType(ArchiveRefused.class, () -> read(zip, limits).close());
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }

    private static List<Path> filesUnder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(path -> !path.equals(folder)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
