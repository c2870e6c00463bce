package org.unitar.learning.identity.web;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unitar.learning.identity.LogoutToken;
import org.unitar.learning.identity.service.OidcSettings;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The OpenID Connect back-channel logout endpoint Keycloak calls (a POST with a {@code logout_token}) when a
 * person's Keycloak sessions end: signed out elsewhere, deactivated, or a role taken away. A token that passes
 * {@link LogoutToken}'s checks ends that person's sessions on this server (those of the Keycloak session it names,
 * else all): 200. Anything else changes nothing: 400. Public (Keycloak has no session here); the issuer's keys come
 * from its JWKS address and are cached.
 */
@WebServlet(BackchannelLogout.PATH)
public class BackchannelLogout extends HttpServlet {

    public static final String PATH = "/oidc/backchannel-logout";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BackchannelLogout.class.getName());

    @Inject
    OidcSettings oidc;

    @Inject
    PlatformSessions sessions;

    @Inject
    Clock clock;

    private transient LogoutToken tokens;

    @Override
    public void init() throws ServletException {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(
                    URI.create(oidc.getIssuer() + "/protocol/openid-connect/certs").toURL()).build();
            tokens = new LogoutToken(keys, oidc.getIssuer(), oidc.getClientId());
        } catch (MalformedURLException e) {
            throw new ServletException("unitar.oidc.issuer is not an address: " + oidc.getIssuer(), e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        try {
            LogoutToken.Logout logout = tokens.verify(request.getParameter("logout_token"), clock.instant());
            sessions.end(logout.subject(), logout.sid().orElse(null));
            response.setStatus(HttpServletResponse.SC_OK);
        } catch (LogoutToken.Refused e) {
            LOG.warning(() -> "Back-channel logout refused: " + e.getMessage());
            response.setContentType("application/json");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().write("{\"error\":\"invalid_request\"}");
        }
    }
}
