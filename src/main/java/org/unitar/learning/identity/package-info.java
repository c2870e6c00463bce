/**
 * Who a person is on the platform. Keycloak is the source of truth for identities and roles (realm roles
 * {@code learner}, {@code trainer}, {@code admin}); sign-on is OpenID Connect through Jakarta Security. On each
 * sign-in a local {@link org.unitar.learning.identity.UserAccount} profile is created or refreshed from the token;
 * the platform never stores a password.
 */
package org.unitar.learning.identity;
