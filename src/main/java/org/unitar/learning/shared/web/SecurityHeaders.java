package org.unitar.learning.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;

/**
 * Headers every response carries. The Content-Security-Policy here restricts framing, plugins, base URLs and form
 * targets (forms may post only to the platform and, for sign-out, on to Keycloak); PrimeFaces adds a second policy
 * to pages that allows only scripts from the platform and those carrying its per-request nonce. Pages are never stored by the browser, so the back
 * button after signing out cannot show them; static resources are cached.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    @ConfigProperty(name = "unitar.oidc.issuer")
    String issuer;

    private String policy;

    @Override
    public void init() {
        URI keycloak = URI.create(issuer);
        policy = "object-src 'none'; base-uri 'self'; frame-ancestors 'none';"
                + " form-action 'self' " + keycloak.getScheme() + "://" + keycloak.getRawAuthority();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
