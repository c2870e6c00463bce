package org.unitar.learning.assessment;

/** An answer for an attempt that is submitted or whose time is up: refused, nothing saved. */
public class AttemptClosed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AttemptClosed(Long attemptId) {
        super("Attempt " + attemptId + " is closed", null, false, false);
    }
}
