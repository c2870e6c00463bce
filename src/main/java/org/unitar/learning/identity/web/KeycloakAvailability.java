package org.unitar.learning.identity.web;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.unitar.learning.identity.service.OidcSettings;

/**
 * When someone must sign in and Keycloak does not answer, they get the platform's "sign-in unavailable" page (HTTP
 * 503, in their language) instead of being sent to an address their browser cannot reach. People already signed
 * in carry on. Keycloak is asked at most every {@value #RECHECK_SECONDS} seconds, so sign-in works again on its own
 * shortly after Keycloak is back.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION + 10)
public abstract class KeycloakAvailability implements HttpAuthenticationMechanism {

    static final int RECHECK_SECONDS = 5;

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Inject
    OidcSettings settings;

    private volatile Instant checkedAt = Instant.MIN;
    private volatile boolean reachable = true;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (request.getUserPrincipal() == null && context.isProtected() && !keycloakAnswers()) {
            try {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            } catch (IOException e) {
                throw new AuthenticationException("Could not answer that sign-in is unavailable", e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        return mechanism.validateRequest(request, response, context);
    }

    private boolean keycloakAnswers() {
        Instant now = Instant.now();
        if (Duration.between(checkedAt, now).getSeconds() >= RECHECK_SECONDS) {
            try {
                KeycloakProbe.discovery(settings.getIssuer());
                reachable = true;
            } catch (KeycloakProbe.Unreachable | KeycloakProbe.Misconfigured e) {
                reachable = false;
            }
            checkedAt = now;
        }
        return reachable;
    }
}
