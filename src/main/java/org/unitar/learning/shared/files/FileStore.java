package org.unitar.learning.shared.files;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unitar.learning.shared.StartupFailure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Keeps uploaded files in the folder {@code unitar.files.dir} (outside the web root) and their metadata in the
 * database. A file is checked while it is copied: its type from its first bytes against what the caller allows,
 * its size against {@code unitar.files.max-bytes}; a refused or failed upload leaves nothing behind, nor does a
 * transaction that stored a file and then rolled back.
 */
@ApplicationScoped
public class FileStore {

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());

    @Inject
    @ConfigProperty(name = "unitar.files.dir")
    String directory;

    @Inject
    @ConfigProperty(name = "unitar.files.max-bytes", defaultValue = "209715200")
    long maxBytes;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private Path root;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class) Object event) {
        root = Path.of(directory).toAbsolutePath().normalize();
        try {
            Files.createDirectories(root.resolve("incoming"));
            Files.delete(Files.createTempFile(root.resolve("incoming"), "check", ".tmp"));
        } catch (IOException | RuntimeException e) {
            throw StartupFailure.exit("cannot write uploaded files to unitar.files.dir (UNITAR_FILES_DIR) = " + root + " (" + e + ")");
        }
    }

    /** The largest upload kept, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Stores what {@code content} holds if it is one of {@code allowed} and not too large; otherwise
     * {@link FileRefused} and nothing is kept.
     */
    @Transactional
    public StoredFile store(InputStream content, String originalName, Set<FileType> allowed, String uploader) {
        String key = UUID.randomUUID().toString();
        Path incoming = root.resolve("incoming").resolve(key);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] head = content.readNBytes(FileType.SNIFF_LENGTH);
            if (head.length == 0) {
                throw new FileRefused(FileRefused.Reason.EMPTY);
            }
            FileType type = FileType.detect(head).filter(allowed::contains)
                    .orElseThrow(() -> new FileRefused(FileRefused.Reason.TYPE_NOT_ALLOWED));
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(incoming), sha256)) {
                out.write(head);
                size = head.length + copyAtMost(content, out, maxBytes - head.length);
            }
            StoredFile file = new StoredFile(type, size, HexFormat.of().formatHex(sha256.digest()),
                    cleanName(originalName, type), key, clock.instant(), uploader);
            em.persist(file);
            em.flush();
            Path target = path(key);
            Files.createDirectories(target.getParent());
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            transactions.registerInterposedSynchronization(new RemoveUnlessCommitted(target));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            try {
                Files.deleteIfExists(incoming);
            } catch (IOException ignored) {
                // the upload failed already; a stray file in incoming/ is removed at the next restart's check at worst
            }
        }
    }

    /** Deletes a stored file's bytes when the transaction that stored it does not commit (its row is gone too). */
    private record RemoveUnlessCommitted(Path bytes) implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                try {
                    Files.deleteIfExists(bytes);
                } catch (IOException e) {
                    LOG.warning("Could not remove " + bytes + " of a transaction rolled back: " + e);
                }
            }
        }
    }

    public Optional<StoredFile> find(long id) {
        return Optional.ofNullable(em.find(StoredFile.class, id));
    }

    /** Where the bytes of {@code file} are. */
    public Path path(StoredFile file) {
        return path(file.storageKey());
    }

    private Path path(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            copied += read;
            if (copied > limit) {
                throw new FileRefused(FileRefused.Reason.TOO_LARGE);
            }
            out.write(buffer, 0, read);
        }
        return copied;
    }

    /** The last path segment of the uploader's name, without control or path characters, with the right extension. */
    static String cleanName(String originalName, FileType type) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"<>:|?*;]", "").strip();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (stem.isBlank()) {
            stem = "file";
        }
        String cleaned = stem + "." + type.extension();
        return cleaned.length() <= StoredFile.NAME_LENGTH ? cleaned
                : stem.substring(0, StoredFile.NAME_LENGTH - type.extension().length() - 1) + "." + type.extension();
    }
}
