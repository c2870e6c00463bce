package org.unitar.learning.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import org.unitar.learning.identity.service.OidcSettings;

/** Ready only while Keycloak answers for the realm: without it nobody can sign in. */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    @Inject
    OidcSettings settings;

    @Override
    public HealthCheckResponse call() {
        try {
            KeycloakProbe.discovery(settings.getIssuer());
            return HealthCheckResponse.named("keycloak").up().build();
        } catch (KeycloakProbe.Unreachable | KeycloakProbe.Misconfigured e) {
            return HealthCheckResponse.named("keycloak").down().build();
        }
    }
}
