package org.unitar.learning.certification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A W3C Bitstring Status List: one bit per credential (its {@code statusListIndex}), set when it is revoked; published
 * GZIP-compressed and base64url-encoded with the multibase prefix {@code u}. At least 131,072 bits (16 KiB), as the
 * specification asks, so that the list says little about how many credentials exist.
 */
public final class StatusList {

    public static final int MINIMUM_BITS = 131_072;

    private final byte[] bits;

    private StatusList(byte[] bits) {
        this.bits = bits;
    }

    /** A list with the bits of {@code revoked} set, large enough for every index up to {@code highestIndex}. */
    public static StatusList of(BitSet revoked, long highestIndex) {
        long size = Math.max(MINIMUM_BITS, ((highestIndex / MINIMUM_BITS) + 1) * MINIMUM_BITS);
        byte[] bits = new byte[(int) (size / 8)];
        revoked.stream().forEach(i -> bits[i / 8] |= (byte) (0x80 >>> (i % 8)));
        return new StatusList(bits);
    }

    /** Reads a published {@code encodedList}. */
    public static StatusList decode(String encodedList) {
        if (encodedList == null || !encodedList.startsWith("u")) {
            throw new IllegalArgumentException("A status list is multibase base64url (prefix u)");
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encodedList.substring(1))))) {
            return new StatusList(in.readNBytes(64 * 1024 * 1024));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a status list", e);
        }
    }

    public String encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** Whether the credential at {@code index} is revoked (the first bit of the list is index 0). */
    public boolean isSet(long index) {
        if (index < 0 || index >= bits.length * 8L) {
            throw new IllegalArgumentException("Index " + index + " is outside the status list");
        }
        return (bits[(int) (index / 8)] & (0x80 >>> (index % 8))) != 0;
    }
}
