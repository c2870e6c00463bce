package org.unitar.learning.shared.web;

import org.unitar.learning.shared.security.NotFound;

/**
 * Ids read from addresses. Pages take them as text, so that whatever is typed in place of an id (letters, a number
 * too large, nothing) gives the 404 page, as an id that exists but is not the person's does.
 */
public final class Ids {

    private Ids() {
    }

    public static long parse(String text) {
        try {
            long id = Long.parseLong(text == null ? "" : text.strip());
            if (id <= 0) {
                throw new NotFound("Not an id: " + text);
            }
            return id;
        } catch (NumberFormatException e) {
            throw new NotFound("Not an id: " + text);
        }
    }
}
