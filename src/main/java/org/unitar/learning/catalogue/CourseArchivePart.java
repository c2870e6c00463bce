package org.unitar.learning.catalogue;

import org.unitar.learning.shared.archive.ArchiveRefused;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * What another part of the platform keeps with a course and carries in the course's export archive, as one more
 * file next to {@code course.xml} (the assessment part's question bank, for instance). Implemented by that part as a
 * CDI bean; the catalogue calls every one when it exports a course and, in the same transaction, when it imports an
 * archive that has the part's file.
 */
public interface CourseArchivePart {

    /** The archive entry this part writes and reads, e.g. {@code question-bank.xml}. */
    String fileName();

    /** Whether the course has anything of this part to carry. */
    boolean hasContent(long courseId);

    /** Writes this part's file for the course; {@code lessonKeys} are the keys {@code course.xml} gives its lessons. */
    void export(long courseId, Map<Long, String> lessonKeys, OutputStream out) throws IOException;

    /**
     * Reads this part's file into the course just imported, owned by {@code importer}; {@code lessonIds} are the new
     * lessons' ids by their key in {@code course.xml}. A value the forms would refuse
     * throws {@link org.unitar.learning.shared.InputRefused}; a malformed file {@link IllegalArgumentException}; either
     * refuses the whole import.
     */
    void importInto(long courseId, String courseTitle, Map<String, Long> lessonIds, String importer, InputStream in)
            throws IOException, ArchiveRefused;
}
