package org.unitar.learning.catalogue;

/** Someone else saved the same content since this person opened it; their save is refused, nothing is lost. */
public class EditConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EditConflict() {
        super("The content was changed by someone else meanwhile", null, false, false);
    }
}
