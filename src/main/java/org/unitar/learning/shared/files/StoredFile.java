package org.unitar.learning.shared.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An uploaded file's metadata; its bytes are in the file store under {@link #storageKey()}. Never changed once
 * stored: a new version of a document is a new file, so revisions of a course can share files safely.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    public static final int NAME_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private FileType type;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    /** The name it had on the uploader's computer, cleaned; used for downloads only. */
    @Column(name = "original_name", nullable = false, length = NAME_LENGTH, updatable = false)
    private String name;

    @Column(name = "storage_key", nullable = false, length = 80, updatable = false, unique = true)
    private String storageKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 255, updatable = false)
    private String createdBy;

    protected StoredFile() {
    }

    StoredFile(FileType type, long size, String sha256, String name, String storageKey, Instant createdAt, String createdBy) {
        this.type = type;
        this.size = size;
        this.sha256 = sha256;
        this.name = name;
        this.storageKey = storageKey;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long id() {
        return id;
    }

    public FileType type() {
        return type;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String name() {
        return name;
    }

    String storageKey() {
        return storageKey;
    }
}
