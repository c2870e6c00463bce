package org.unitar.learning.catalogue;

/** What a file does in a lesson. */
public enum FileRole {
    /** The video of a video lesson, or the document of a document lesson. */
    MEDIA,
    /** WebVTT captions of a video lesson's video. */
    CAPTIONS
}
