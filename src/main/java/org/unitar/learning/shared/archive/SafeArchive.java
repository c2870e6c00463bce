package org.unitar.learning.shared.archive;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.unitar.learning.shared.archive.ArchiveRefused.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * An uploaded ZIP archive, read whole or refused. {@link #read} copies the upload to a private temporary folder,
 * checks every entry and decompresses each regular file into its own temporary file there (named by the platform,
 * never after the entry), counting the bytes actually decompressed against {@link Limits}. Nothing is extracted
 * anywhere else; {@link #close()} deletes the folder. Folder entries are checked and otherwise ignored.
 *
 * <p>Paths are the entries' names normalised: Unicode NFC, {@code .} and empty segments dropped, {@code '/'}
 * between segments, no leading or trailing slash. Lookups ({@link #open}, {@link #bytes}, {@link #size}) normalise
 * the path asked for in the same way. Not safe for use by several threads at once.
 */
public final class SafeArchive implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SafeArchive.class.getName());

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int FILE_TYPE_MASK = 0170000;
    private static final int REGULAR_FILE = 0100000;
    private static final int FOLDER = 0040000;

    /**
     * How much an archive may hold. Entries are counted whatever their kind, folders included; sizes are bytes
     * after decompression, as counted while decompressing.
     *
     * @param maxEntries    entries in the central directory
     * @param maxEntryBytes one entry, decompressed
     * @param maxTotalBytes all entries together, decompressed
     */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {

        /** At most what an honest entry's headers take, central directory and local header together. */
        private static final long HEADERS_PER_ENTRY = 4 * 1024;
        /** End of central directory, an archive comment, and the search for them from the end of the file. */
        private static final long ARCHIVE_OVERHEAD = 1024 * 1024;
        private static final long MIB = 1024 * 1024;

        public Limits {
            if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxTotalBytes > Long.MAX_VALUE / 4) {
                throw new IllegalArgumentException("limits must be positive: " + maxEntries + ", " + maxEntryBytes
                        + ", " + maxTotalBytes);
            }
        }

        /**
         * 5,000 entries (a course package with its scripts and images has a few thousand files at most), 200 MiB
         * for one entry (a lecture video) and 500 MiB in all.
         */
        public static Limits defaults() {
            return new Limits(5_000, 200 * MIB, 500 * MIB);
        }

        /**
         * The largest upload an honest archive within these limits can be: its content stored uncompressed (plus
         * 1% for data that deflate makes larger), its headers and the end records. Past it, reading stops.
         */
        long maxArchiveBytes() {
            return maxTotalBytes + maxTotalBytes / 100 + maxEntries * HEADERS_PER_ENTRY + ARCHIVE_OVERHEAD;
        }

        /**
         * What opening the archive may read: its central directory and local headers. Commons Compress keeps every
         * central directory record in memory and reads them until none follows, whatever count the archive
         * declares, so a directory of millions of tiny records must be stopped while it is read, not counted after.
         */
        long maxDirectoryBytes() {
            return maxEntries * HEADERS_PER_ENTRY + ARCHIVE_OVERHEAD;
        }
    }

    private record Spooled(Path file, long size) {
    }

    private final Path folder;
    private final Map<String, Spooled> files = new LinkedHashMap<>();
    private boolean closed;

    private SafeArchive(Path folder) {
        this.folder = folder;
    }

    /** {@link #read(InputStream, Limits, Path)} in the system's temporary folder ({@code java.io.tmpdir}). */
    public static SafeArchive read(InputStream zip, Limits limits) throws ArchiveRefused, IOException {
        return read(zip, limits, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Reads the whole archive, or refuses it and leaves nothing on disk. The stream is read to its end (unless it
     * is refused as too large on the way) and not closed.
     *
     * @param spoolParent where the archive's private temporary folder is made
     * @throws ArchiveRefused for an archive that is not a ZIP, is damaged, or breaks a rule or a limit
     * @throws IOException    when the upload cannot be read or the temporary files written
     */
    public static SafeArchive read(InputStream zip, Limits limits, Path spoolParent) throws ArchiveRefused, IOException {
        SafeArchive archive = new SafeArchive(Files.createTempDirectory(spoolParent, "safe-archive-"));
        boolean complete = false;
        try {
            Path upload = Files.createTempFile(archive.folder, "upload-", ".zip");
            try {
                copyUpload(zip, upload, limits.maxArchiveBytes());
                archive.unpack(upload, limits);
            } finally {
                Files.deleteIfExists(upload);
            }
            complete = true;
            return archive;
        } finally {
            if (!complete) {
                archive.close();
            }
        }
    }

    /** The paths of the regular files, in the archive's order. */
    public Set<String> paths() {
        return Collections.unmodifiableSet(files.keySet());
    }

    /** The whole content of a file, in memory: for manifests and other small files; {@link #open} for media. */
    public Optional<byte[]> bytes(String path) throws IOException {
        Spooled spooled = find(path);
        return spooled == null ? Optional.empty() : Optional.of(Files.readAllBytes(spooled.file()));
    }

    /** The content of a file, read from its temporary file; the stream must be closed before this archive. */
    public InputStream open(String path) throws ArchiveRefused, IOException {
        return Files.newInputStream(found(path).file());
    }

    /** The size of a file, as decompressed. */
    public long size(String path) throws ArchiveRefused {
        return found(path).size();
    }

    /** Deletes the temporary files; a file that cannot be deleted is logged. Calling it again does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        files.clear();
        try (Stream<Path> spooled = Files.list(folder)) {
            spooled.forEach(SafeArchive::delete);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not list the temporary files of an archive in " + folder, e);
        }
        delete(folder);
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the temporary file " + path, e);
        }
    }

    private Spooled find(String path) {
        if (closed) {
            throw new IllegalStateException("archive closed");
        }
        try {
            return files.get(normalise(path));
        } catch (ArchiveRefused unsafe) {
            return null;
        }
    }

    private Spooled found(String path) throws ArchiveRefused {
        Spooled spooled = find(path);
        if (spooled == null) {
            throw new ArchiveRefused(Reason.MISSING_ENTRY, path);
        }
        return spooled;
    }

    private static void copyUpload(InputStream zip, Path upload, long maxBytes) throws ArchiveRefused, IOException {
        try (OutputStream out = Files.newOutputStream(upload)) {
            byte[] buffer = new byte[BUFFER_SIZE];
            long copied = 0;
            for (int n; (n = zip.read(buffer)) != -1; ) {
                copied += n;
                if (copied > maxBytes) {
                    throw new ArchiveRefused(Reason.TOO_LARGE, null);
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /*
     * ZipFile over the copied upload rather than ZipArchiveInputStream over the stream: ZipFile reads the central
     * directory at the end of the archive, which is what unzip tools, browsers and operating systems trust, while a
     * stream can only read the local headers in front of each entry. An archive whose local headers tell another
     * story than its central directory (other names, an entry hidden from one of them) would then be checked as
     * one archive here and unpacked as another elsewhere.
     */
    private void unpack(Path upload, Limits limits) throws ArchiveRefused, IOException {
        try (BudgetedChannel channel = new BudgetedChannel(Files.newByteChannel(upload), limits.maxDirectoryBytes());
             ZipFile zip = openZip(channel)) {
            channel.lift();
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > limits.maxEntries()) {
                throw new ArchiveRefused(Reason.TOO_MANY_ENTRIES, null);
            }
            Set<String> folders = new HashSet<>();
            long total = 0;
            for (ZipArchiveEntry entry : entries) {
                String path = check(entry);
                claim(path, entry, folders);
                if (!entry.isDirectory()) {
                    total += spool(zip, entry, path, limits.maxEntryBytes(), limits.maxTotalBytes() - total);
                }
            }
        }
    }

    private static ZipFile openZip(BudgetedChannel channel) throws ArchiveRefused {
        try {
            return ZipFile.builder().setSeekableByteChannel(channel).setCharset(StandardCharsets.UTF_8).get();
        } catch (IOException | RuntimeException e) {
            // Commons Compress may fail on a crafted archive with an unchecked exception as well
            throw new ArchiveRefused(channel.overspent() ? Reason.TOO_MANY_ENTRIES : Reason.NOT_A_ZIP, null, e);
        }
    }

    /** The entry's normalised path, if it is a regular file or a folder that can be read. */
    private static String check(ZipArchiveEntry entry) throws ArchiveRefused {
        String path = normalise(entry.getName());
        // Commons Compress reads "a\b" in an archive made on Windows as "a/b"; some tools unpack a file "a\b"
        byte[] rawName = entry.getRawName();
        if (rawName != null && new String(rawName, StandardCharsets.ISO_8859_1).indexOf('\\') != -1) {
            throw new ArchiveRefused(Reason.UNSAFE_PATH, entry.getName());
        }
        if (entry.isUnixSymlink()) {
            throw new ArchiveRefused(Reason.SYMLINK, entry.getName());
        }
        int type = entry.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX ? entry.getUnixMode() & FILE_TYPE_MASK : 0;
        boolean specialFile = type != 0 && type != REGULAR_FILE && type != FOLDER;
        boolean encrypted = entry.getGeneralPurposeBit().usesEncryption()
                || entry.getGeneralPurposeBit().usesStrongEncryption();
        int method = entry.getMethod();
        boolean readable = method == ZipMethod.STORED.getCode() || method == ZipMethod.DEFLATED.getCode()
                || method == ZipMethod.ENHANCED_DEFLATED.getCode();
        if (!entry.isDirectory() && (specialFile || encrypted || !readable)) {
            throw new ArchiveRefused(Reason.UNSUPPORTED, entry.getName());
        }
        return path;
    }

    /** Refuses a path taken already, or a file where a folder is needed ({@code a} and {@code a/b}). */
    private void claim(String path, ZipArchiveEntry entry, Set<String> folders) throws ArchiveRefused {
        boolean folder = entry.isDirectory();
        if (files.containsKey(path) || (!folder && folders.contains(path))) {
            throw new ArchiveRefused(Reason.DUPLICATE_ENTRY, entry.getName());
        }
        for (int slash = path.indexOf('/'); slash != -1; slash = path.indexOf('/', slash + 1)) {
            String parent = path.substring(0, slash);
            if (files.containsKey(parent)) {
                throw new ArchiveRefused(Reason.DUPLICATE_ENTRY, entry.getName());
            }
            folders.add(parent);
        }
        if (folder) {
            folders.add(path);
        }
    }

    /** Decompresses the entry into a temporary file, counting what comes out; returns the count. */
    private long spool(ZipFile zip, ZipArchiveEntry entry, String path, long maxBytes, long totalBytesLeft)
            throws ArchiveRefused, IOException {
        Path file = Files.createTempFile(folder, "entry-", ".bin");
        CRC32 crc = new CRC32();
        long size = 0;
        try (InputStream in = content(zip, entry); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER_SIZE];
            for (int n; (n = read(in, buffer, entry)) != -1; ) {
                size += n;
                if (size > maxBytes || size > totalBytesLeft) {
                    throw new ArchiveRefused(Reason.TOO_LARGE, entry.getName());
                }
                crc.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
            throw new ArchiveRefused(Reason.NOT_A_ZIP, entry.getName());
        }
        files.put(path, new Spooled(file, size));
        return size;
    }

    private static InputStream content(ZipFile zip, ZipArchiveEntry entry) throws ArchiveRefused {
        try {
            return zip.getInputStream(entry);
        } catch (IOException | RuntimeException e) {
            throw new ArchiveRefused(Reason.NOT_A_ZIP, entry.getName(), e);
        }
    }

    private static int read(InputStream in, byte[] buffer, ZipArchiveEntry entry) throws ArchiveRefused {
        try {
            return in.read(buffer);
        } catch (IOException | RuntimeException e) {
            throw new ArchiveRefused(Reason.NOT_A_ZIP, entry.getName(), e);
        }
    }

    /**
     * The path an entry name stands for, or UNSAFE_PATH for a name that is absolute ({@code /x}), Windows-like
     * ({@code C:\x}, {@code \\server\x}, any backslash or colon), climbs with {@code ..}, holds a control character
     * (NUL included), or names nothing ({@code .}, {@code ./}).
     */
    static String normalise(String name) throws ArchiveRefused {
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        if (nfc.startsWith("/") || nfc.indexOf('\\') != -1 || nfc.indexOf(':') != -1
                || nfc.chars().anyMatch(Character::isISOControl)) {
            throw new ArchiveRefused(Reason.UNSAFE_PATH, name);
        }
        List<String> segments = new ArrayList<>();
        for (String segment : nfc.split("/")) {
            if (segment.equals("..")) {
                throw new ArchiveRefused(Reason.UNSAFE_PATH, name);
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        if (segments.isEmpty()) {
            throw new ArchiveRefused(Reason.UNSAFE_PATH, name);
        }
        return String.join("/", segments);
    }

    /** A channel that fails once more than a budget has been read from it, until the budget is lifted. */
    private static final class BudgetedChannel implements SeekableByteChannel {

        private final SeekableByteChannel channel;
        private final long budget;
        private long spent;
        private boolean lifted;

        BudgetedChannel(SeekableByteChannel channel, long budget) {
            this.channel = channel;
            this.budget = budget;
        }

        void lift() {
            lifted = true;
        }

        boolean overspent() {
            return spent > budget;
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            int n = channel.read(destination);
            if (!lifted && n > 0 && (spent += n) > budget) {
                throw new IOException("central directory and local headers larger than " + budget + " bytes");
            }
            return n;
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            throw new IOException("read only");
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public SeekableByteChannel position(long position) throws IOException {
            channel.position(position);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public SeekableByteChannel truncate(long size) throws IOException {
            throw new IOException("read only");
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
