package org.unitar.learning.catalogue;

import org.unitar.learning.shared.security.Actor;

import java.util.List;
import java.util.Optional;

/** Where courses are kept. */
public interface CourseRepository {

    Optional<Course> find(long id);

    Course add(Course course);

    /** Writes pending changes now, so that new modules and lessons have their ids. */
    void flush();

    /** Deletes a revision that is no longer the draft (a discarded one). */
    void remove(CourseRevision revision);

    /** The revisions of a course that were published, newest first. */
    List<CourseRevision> publishedRevisions(long courseId);

    /** A course that uses a stored file, and whether its published revision does. */
    record FileUse(Course course, boolean inPublishedRevision) {
    }

    /** The courses whose revisions use the stored file {@code fileId}. */
    List<FileUse> coursesUsingFile(long fileId);

    /** The courses {@code actor} may edit (all of them for an administrator), newest first. */
    List<Course> editableBy(Actor actor);

    List<CifalCentre> cifalCentres();

    boolean isCifalCentre(String code);
}
