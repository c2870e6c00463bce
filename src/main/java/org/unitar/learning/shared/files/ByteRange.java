package org.unitar.learning.shared.files;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of bytes a client asks for ({@code Range: bytes=…}, RFC 9110), resolved against the file's length:
 * {@code bytes=0-99}, {@code bytes=100-} and {@code bytes=-100} (the last 100). Several ranges in one request are
 * answered with the whole file, which the RFC allows.
 */
public record ByteRange(long start, long end) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /**
     * The range asked for; empty if the header is absent, malformed or asks for several ranges (answer with the whole
     * file). {@link Unsatisfiable} when it lies outside the file (answer 416).
     */
    public static Optional<ByteRange> parse(String header, long length) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = SINGLE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return Optional.empty();
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0 || length == 0) {
                    throw new Unsatisfiable();
                }
                return Optional.of(new ByteRange(Math.max(0, length - suffix), length - 1));
            }
            long start = Long.parseLong(m.group(1));
            long end = m.group(2).isEmpty() ? length - 1 : Math.min(Long.parseLong(m.group(2)), length - 1);
            if (start >= length || end < start) {
                throw new Unsatisfiable();
            }
            return Optional.of(new ByteRange(start, end));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public long length() {
        return end - start + 1;
    }

    /** The value of the answer's {@code Content-Range} header. */
    public String contentRange(long total) {
        return "bytes " + start + "-" + end + "/" + total;
    }

    /** The range lies outside the file. */
    public static class Unsatisfiable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unsatisfiable() {
            super("Range not satisfiable", null, false, false);
        }
    }
}
