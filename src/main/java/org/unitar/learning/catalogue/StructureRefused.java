package org.unitar.learning.catalogue;

/** A change to a course's outline that would break one of its rules (e.g. a module before the one it requires). */
public class StructureRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public StructureRefused(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
