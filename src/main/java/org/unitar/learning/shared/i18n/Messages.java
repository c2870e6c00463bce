package org.unitar.learning.shared.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The platform's words in one language, from the bundle {@code i18n/messages}: the same bundle pages read as
 * {@code #{msg['key']}}, for the words that Java code puts in front of people (mail, error lines).
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages in(Language language) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, language.locale(), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /**
     * The text for {@code key} with {@code arguments} filled in. A text with placeholders ({@code {0}}) is a
     * {@link MessageFormat} pattern, where a single quote is written twice; a text without is taken as it is, as
     * pages take it.
     */
    public String format(String key, Object... arguments) {
        try {
            String pattern = bundle.getString(key);
            return pattern.indexOf('{') < 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No message '" + key + "' in " + BUNDLE, e);
        }
    }
}
