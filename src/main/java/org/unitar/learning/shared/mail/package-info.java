/**
 * Outgoing mail: queued in the database with the change that causes it ({@link org.unitar.learning.shared.mail.Mailer}),
 * in the recipient's language, and delivered through SMTP with retries ({@link org.unitar.learning.shared.mail.MailDelivery}).
 */
package org.unitar.learning.shared.mail;
