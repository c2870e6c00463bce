package org.unitar.learning.catalogue;

/** How a course is given: entirely self-paced, or a blended workshop with sessions (face to face or online). */
public enum CourseFormat {
    SELF_PACED,
    BLENDED_WORKSHOP
}
