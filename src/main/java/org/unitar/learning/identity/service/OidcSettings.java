package org.unitar.learning.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * Where Keycloak is and who the platform is to it, from MicroProfile Config ({@code unitar.oidc.*}, or the
 * environment variables {@code UNITAR_OIDC_ISSUER}, {@code UNITAR_OIDC_CLIENT_ID}, {@code UNITAR_OIDC_CLIENT_SECRET}).
 * Named so that the sign-on annotation reads it with expressions; {@link KeycloakAdmin} reads it too.
 */
@ApplicationScoped
@Named("oidcSettings")
public class OidcSettings {

    /** Where an OpenID provider publishes its discovery document, after its issuer URL. */
    public static final String DISCOVERY_PATH = "/.well-known/openid-configuration";

    @Inject
    @ConfigProperty(name = "unitar.oidc.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "unitar.oidc.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "unitar.oidc.client-secret")
    String clientSecret;

    /** The realm's URL, e.g. {@code https://id.example.org/realms/unitar}, without a trailing slash. */
    public String getIssuer() {
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    /**
     * The realm's discovery document, given to the sign-on annotation as its provider URI. Soteria keeps the
     * document it fetched under this full address and looks it up under the address it was given: with the bare
     * issuer it would fetch the document again from Keycloak on every request (a new HTTP client each time).
     */
    public String getDiscoveryUrl() {
        return getIssuer() + DISCOVERY_PATH;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** {@code scheme://host[:port]} of Keycloak, for the Content-Security-Policy. */
    public String origin() {
        URI uri = URI.create(getIssuer());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
