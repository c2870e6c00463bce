package org.unitar.learning.reporting.web;

import org.unitar.learning.shared.i18n.Messages;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The actions the audit record knows: every one has its label {@code audit.<action>} in the message bundles (a
 * unit test holds each recorded action to it), so the labels are the list.
 */
final class AuditActions {

    private static final String PREFIX = "audit.";

    private static final List<String> ALL = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT,
                    AuditActions.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
            .keySet().stream().filter(key -> key.startsWith(PREFIX)).map(key -> key.substring(PREFIX.length()))
            .sorted().toList();

    private AuditActions() {
    }

    static List<String> all() {
        return ALL;
    }
}
