package org.unitar.learning.catalogue;

/** What a lesson is. Names come from the bundle ({@code lessonKind.<NAME>}). */
public enum LessonKind {
    /** Rich text to read. */
    PAGE,
    /** An uploaded video with captions, or a video embedded from an allowed host. */
    VIDEO,
    /** A file to download or read in the browser (PDF). */
    DOCUMENT,
    /** A page elsewhere on the web. */
    LINK,
    /** A place for a quiz; the assessments part fills it. */
    ASSESSMENT
}
