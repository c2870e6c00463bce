package org.unitar.learning.identity.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unitar.learning.identity.service.OidcSettings;
import org.unitar.learning.shared.StartupFailure;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * At start-up, checks the Keycloak settings before anyone tries to sign in: a wrong one stops start-up with one
 * line naming it. Keycloak that is still starting is waited for ({@code unitar.oidc.startup-wait-seconds}).
 */
@ApplicationScoped
public class SignOnCheck {

    private static final Logger LOG = Logger.getLogger(SignOnCheck.class.getName());

    @Inject
    OidcSettings settings;

    @Inject
    @ConfigProperty(name = "unitar.oidc.startup-wait-seconds", defaultValue = "60")
    int waitSeconds;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10) @Initialized(ApplicationScoped.class) Object event) {
        String issuer = settings.getIssuer();
        try {
            URI uri = URI.create(issuer);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw StartupFailure.exit("unitar.oidc.issuer (UNITAR_OIDC_ISSUER) = '" + issuer
                    + "' is not an http(s) URL such as https://id.example.org/realms/unitar");
        }
        Instant deadline = Instant.now().plusSeconds(waitSeconds);
        while (true) {
            try {
                JsonObject discovery = KeycloakProbe.discovery(issuer);
                KeycloakProbe.checkClient(discovery, settings.getClientId(), settings.getClientSecret());
                LOG.info(() -> "Sign-on through Keycloak realm " + issuer);
                return;
            } catch (KeycloakProbe.Misconfigured e) {
                throw StartupFailure.exit(e.getMessage());
            } catch (KeycloakProbe.Unreachable e) {
                if (Instant.now().isAfter(deadline)) {
                    throw StartupFailure.exit(e.getMessage() + "; check unitar.oidc.issuer (UNITAR_OIDC_ISSUER)");
                }
                LOG.info(() -> "Waiting for Keycloak: " + e.getMessage());
                try {
                    Thread.sleep(Duration.ofSeconds(2).toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw StartupFailure.exit("stopped while waiting for Keycloak at unitar.oidc.issuer (UNITAR_OIDC_ISSUER) = " + issuer);
                }
            }
        }
    }
}
