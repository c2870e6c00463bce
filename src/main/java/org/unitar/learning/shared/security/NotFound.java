package org.unitar.learning.shared.security;

/**
 * Something the person asked for does not exist for them: no such object, or one they may not know of (a course
 * they are not enrolled in, a lesson not released to them). Shown as the 404 page, the same in both cases.
 */
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String reason) {
        super(reason);
    }
}
