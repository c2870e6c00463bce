package org.unitar.learning.shared.security;

/** An actor asked for something they may not do, or for an object they may not see; shown as the 403 page. */
public class Forbidden extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Forbidden(String message) {
        super(message);
    }
}
