package org.unitar.learning.identity.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.unitar.learning.identity.service.OidcSettings;

/**
 * Signing out (the header's Sign-out button, a POST): ends the platform session and the Keycloak session
 * (RP-initiated logout), after which Keycloak sends the person back to the public home. A sign-out posted from
 * another site is refused; a GET changes nothing and shows the home page.
 */
@WebServlet(SignOutServlet.PATH)
public class SignOutServlet extends HttpServlet {

    public static final String PATH = "/logout";
    private static final long serialVersionUID = 1L;

    @Inject
    OpenIdContext openIdContext;

    @Inject
    OidcSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isCrossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String home = origin(request) + request.getContextPath() + "/";
        String endSession = null;
        String idToken = null;
        if (request.getUserPrincipal() != null && openIdContext.getIdentityToken() != null) {
            idToken = openIdContext.getIdentityToken().getToken();
            endSession = openIdContext.getProviderMetadata().getString("end_session_endpoint", null);
        }
        // The sign-in lives in the session (Soteria registers it there); ending the session ends it. Not
        // request.logout(): with the OpenID mechanism it commits a redirect of its own.
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (endSession == null) {
            response.sendRedirect(home);
            return;
        }
        response.sendRedirect(endSession
                + "?client_id=" + encode(settings.getClientId())
                + "&post_logout_redirect_uri=" + encode(home)
                + "&id_token_hint=" + encode(idToken));
    }

    /** Browsers say where a post comes from; one from another site is not the person's own click. */
    private static boolean isCrossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equals(origin(request));
    }

    private static String origin(HttpServletRequest request) {
        URI url = URI.create(request.getRequestURL().toString());
        return url.getScheme() + "://" + url.getRawAuthority();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
