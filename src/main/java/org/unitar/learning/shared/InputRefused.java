package org.unitar.learning.shared;

/**
 * A rule on input that Bean Validation cannot say on one field (it depends on another field, or on stored data).
 * Names the field it concerns and the bundle key of the message, so that the page shows it next to that field.
 */
public class InputRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    public InputRefused(String field, String messageKey) {
        super(field + ": " + messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The name of the input it concerns (the form's component id). */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
