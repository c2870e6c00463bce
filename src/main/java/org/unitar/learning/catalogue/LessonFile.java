package org.unitar.learning.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.unitar.learning.shared.files.FileType;
import org.unitar.learning.shared.i18n.ContentLanguage;

import java.util.Objects;

/**
 * A file a lesson uses in one language: its video, document or captions. Files never change once stored, so
 * revisions of a course share them; the type and name are kept here to show them without reading the file.
 */
@Embeddable
public class LessonFile {

    @Column(name = "language", nullable = false, length = 8)
    private ContentLanguage language;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private FileRole role;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, length = 16)
    private FileType type;

    @Column(name = "file_name", nullable = false, length = 255)
    private String name;

    protected LessonFile() {
    }

    public LessonFile(ContentLanguage language, FileRole role, long fileId, FileType type, String name) {
        this.language = Objects.requireNonNull(language);
        this.role = Objects.requireNonNull(role);
        this.fileId = fileId;
        this.type = Objects.requireNonNull(type);
        this.name = Objects.requireNonNull(name);
    }

    public ContentLanguage language() {
        return language;
    }

    public FileRole role() {
        return role;
    }

    public long fileId() {
        return fileId;
    }

    public FileType type() {
        return type;
    }

    public String name() {
        return name;
    }
}
