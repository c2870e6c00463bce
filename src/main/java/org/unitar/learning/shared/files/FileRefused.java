package org.unitar.learning.shared.files;

/** An upload the platform does not keep: too big, empty, or of a type not allowed there. Nothing was stored. */
public class FileRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, as a bundle key ({@code files.refused.<reason>}). */
    public enum Reason {
        EMPTY, TOO_LARGE, TYPE_NOT_ALLOWED;

        public String messageKey() {
            return "files.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    private final Reason reason;

    public FileRefused(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
