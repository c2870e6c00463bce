package org.unitar.learning.identity.service;

/**
 * Keycloak did not do what the platform asked (unreachable, or it answered with an error): nothing the request was
 * to change has been changed on the platform's side.
 */
public class KeycloakUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeycloakUnavailable(String message) {
        super(message);
    }

    public KeycloakUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
