package org.unitar.learning.shared.archive;

import java.util.Locale;

/**
 * An uploaded archive, or a document in it, that the platform will not take, with the reason and the offending
 * entry's name as the archive gives it ({@code null} when the refusal concerns the archive as a whole).
 */
public class ArchiveRefused extends Exception {

    /** Why; each has a message-bundle key {@link #messageKey()}, e.g. {@code archive.refused.unsafe-path}. */
    public enum Reason {
        /** Not a ZIP archive, or a damaged one (unreadable structure, data that fails to decompress or its CRC). */
        NOT_A_ZIP,
        /** An entry name that is absolute, climbs out with {@code ..}, has a backslash, colon or control character, or names nothing. */
        UNSAFE_PATH,
        /** Two entries with the same path once normalised, or a file where another entry needs a folder. */
        DUPLICATE_ENTRY,
        /** A symbolic link. */
        SYMLINK,
        /** More entries, or a larger central directory, than the limits allow. */
        TOO_MANY_ENTRIES,
        /** An entry, all entries together, or the upload itself larger than the limits allow. */
        TOO_LARGE,
        /** An encrypted entry, a compression method other than stored/deflate/deflate64, or a special file. */
        UNSUPPORTED,
        /** A path that was asked for and is not in the archive. */
        MISSING_ENTRY,
        /** An XML document that is not well-formed or has a DOCTYPE (see {@link SafeXml}). */
        BAD_XML;

        /** {@code archive.refused.} followed by the name in lower case with hyphens: {@code archive.refused.not-a-zip}. */
        public String messageKey() {
            return "archive.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final int SHOWN_NAME_LENGTH = 200;

    private final Reason reason;
    private final String entry;

    public ArchiveRefused(Reason reason, String entry) {
        this(reason, entry, null);
    }

    public ArchiveRefused(Reason reason, String entry, Throwable cause) {
        super(describe(reason, entry), cause);
        this.reason = reason;
        this.entry = entry;
    }

    public Reason reason() {
        return reason;
    }

    /** The entry's name exactly as the archive gives it; it may hold anything, control characters included. */
    public String entry() {
        return entry;
    }

    /** The message shows the name with control characters replaced and cut short, so that it is safe to log. */
    private static String describe(Reason reason, String entry) {
        if (entry == null) {
            return reason.messageKey();
        }
        StringBuilder shown = new StringBuilder();
        entry.codePoints().limit(SHOWN_NAME_LENGTH)
                .forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return reason.messageKey() + ": " + shown + (entry.codePointCount(0, entry.length()) > SHOWN_NAME_LENGTH ? "…" : "");
    }
}
