/**
 * The interface languages (English, French, Spanish, Arabic at least; Arabic right-to-left), the rule that picks a
 * person's language, and access to the message bundle {@code i18n/messages}.
 */
package org.unitar.learning.shared.i18n;
