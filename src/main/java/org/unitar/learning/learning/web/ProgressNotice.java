package org.unitar.learning.learning.web;

import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Optional;

/**
 * What a progress save leaves for the lesson page it sends the learner back to: the visit it was saved in (so that
 * showing the lesson again does not count as opening it again) and the confirmation to show, once.
 */
record ProgressNotice(long course, long lesson, String visit, String messageKey) implements Serializable {

    private static final String ATTRIBUTE = ProgressNotice.class.getName();

    static void leave(HttpSession session, ProgressNotice notice) {
        session.setAttribute(ATTRIBUTE, notice);
    }

    /** The notice left for this lesson by the request just before, taken away (another lesson's is dropped). */
    static Optional<ProgressNotice> take(HttpSession session, long course, long lesson) {
        Object left = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (left == null) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        return left instanceof ProgressNotice notice && notice.course() == course && notice.lesson() == lesson
                ? Optional.of(notice) : Optional.empty();
    }
}
