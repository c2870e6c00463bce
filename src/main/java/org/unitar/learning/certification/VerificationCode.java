package org.unitar.learning.certification;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code in a certificate's verification address: 128 random bits written as 26 characters of Crockford's base 32
 * (digits and lower-case letters without i, l, o, u), so that it cannot be guessed from the number or from another.
 */
public final class VerificationCode {

    public static final int LENGTH = 26;
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final Pattern FORMAT = Pattern.compile("[0-9abcdefghjkmnpqrstvwxyz]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    public static String next() {
        byte[] bytes = new byte[17];
        RANDOM.nextBytes(bytes);
        StringBuilder code = new StringBuilder(LENGTH);
        long buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5 && code.length() < LENGTH) {
                code.append(ALPHABET[(int) (buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return code.toString();
    }

    /** {@code text} as a code, if it has the form of one (typed codes are forgiven case and surrounding spaces). */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip().toLowerCase(Locale.ROOT);
        return FORMAT.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
