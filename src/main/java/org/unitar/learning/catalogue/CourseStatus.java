package org.unitar.learning.catalogue;

/** Where a course is in its life: being written, offered to learners, or withdrawn (kept for the record). */
public enum CourseStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
