package org.unitar.learning.identity.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import org.unitar.learning.identity.Role;

/**
 * Sign-on through Keycloak with OpenID Connect (authorization code flow with state and nonce; Soteria validates
 * the ID token's signature, issuer, audience and expiry). Keycloak puts the realm roles in the {@code groups}
 * claim and Payara maps each group to the role of the same name. After Keycloak sends the person back to
 * {@code /callback}, {@link SignInCallback} records the sign-in and sends them to their home page.
 */
@ApplicationScoped
@DeclareRoles({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.discoveryUrl}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}" + SignInCallback.PATH,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        // true breaks with PrimeFaces (soteria#333); SignInCallback sends people on instead
        redirectToOriginalResource = false)
public class SignOnConfiguration {
}
