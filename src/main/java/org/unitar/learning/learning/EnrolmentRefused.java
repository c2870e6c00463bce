package org.unitar.learning.learning;

/** An enrolment that may not happen, with the bundle key of the reason the person reads. */
public class EnrolmentRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public EnrolmentRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
