package org.unitar.learning.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unitar.learning.shared.security.Forbidden;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * A service's refusal ({@link Forbidden}) reaches the person as the 403 page, whatever page or crafted request
 * caused it, and is logged in one line.
 */
@WebFilter(urlPatterns = "/*")
public class ForbiddenAsStatus extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ForbiddenAsStatus.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            Forbidden refusal = cause(e);
            if (refusal == null || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "Refused " + request.getMethod() + " " + request.getRequestURI() + ": " + refusal.getMessage());
            response.resetBuffer();
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static Forbidden cause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Forbidden forbidden) {
                return forbidden;
            }
        }
        return null;
    }
}
