package org.unitar.learning.shared.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file the platform accepts, each recognised by its first bytes. Anything else (HTML, SVG, scripts,
 * archives, executables) is refused, whatever its name says. Only types a browser shows safely are served inline;
 * office documents are always downloads.
 */
public enum FileType {

    PDF("application/pdf", "pdf", true),
    MP4("video/mp4", "mp4", true),
    WEBM("video/webm", "webm", true),
    WEBVTT("text/vtt", "vtt", true),
    JPEG("image/jpeg", "jpg", true),
    PNG("image/png", "png", true),
    WEBP("image/webp", "webp", true),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", false),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false);

    /** How many first bytes {@link #detect} needs at most. */
    public static final int SNIFF_LENGTH = 4096;

    private final String mediaType;
    private final String extension;
    private final boolean inline;

    FileType(String mediaType, String extension, boolean inline) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.inline = inline;
    }

    /** The type of a file that starts with {@code head} (its first {@link #SNIFF_LENGTH} bytes, or all if fewer). */
    public static Optional<FileType> detect(byte[] head) {
        if (startsWith(head, 0, "%PDF-")) {
            return Optional.of(PDF);
        }
        if (head.length >= 12 && startsWith(head, 4, "ftyp")) {
            return Optional.of(MP4);
        }
        if (startsWith(head, 0, new byte[]{0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}) && contains(head, "webm")) {
            return Optional.of(WEBM);
        }
        if (startsWith(head, 0, "WEBVTT") || startsWith(head, 0, "\uFEFFWEBVTT")) {
            return Optional.of(WEBVTT);
        }
        if (startsWith(head, 0, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, "RIFF") && startsWith(head, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        if (startsWith(head, 0, new byte[]{'P', 'K', 3, 4})) {
            // Office Open XML: a zip whose first entries name the part that says what it is.
            if (contains(head, "word/")) {
                return Optional.of(DOCX);
            }
            if (contains(head, "ppt/")) {
                return Optional.of(PPTX);
            }
            if (contains(head, "xl/")) {
                return Optional.of(XLSX);
            }
        }
        return Optional.empty();
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Whether browsers may show it in the page (else it is only ever downloaded). */
    public boolean inline() {
        return inline;
    }

    private static boolean startsWith(byte[] data, int offset, String ascii) {
        return startsWith(data, offset, ascii.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static boolean contains(byte[] data, String ascii) {
        return new String(data, StandardCharsets.ISO_8859_1).contains(ascii);
    }
}
