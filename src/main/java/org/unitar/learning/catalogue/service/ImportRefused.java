package org.unitar.learning.catalogue.service;

/**
 * A course archive that is not imported; nothing of it was kept. {@code messageKey} says why in the bundle,
 * {@code detail} where (an entry name, a module key, a field), shown as it is.
 */
public class ImportRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String detail;
    private final String detailKey;

    public ImportRefused(String messageKey, String detail) {
        this(messageKey, detail, null);
    }

    /** {@code detailKey}: the bundle key of the rule a value broke, shown after {@code detail}. */
    public ImportRefused(String messageKey, String detail, String detailKey) {
        super(messageKey + (detail == null ? "" : ": " + detail) + (detailKey == null ? "" : " " + detailKey), null, false, false);
        this.messageKey = messageKey;
        this.detail = detail;
        this.detailKey = detailKey;
    }

    public String detailKey() {
        return detailKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public String detail() {
        return detail;
    }
}
