package org.unitar.learning.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.shared.security.NotFound;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * A service's refusal reaches the person as an error page, whatever page or crafted request caused it, and is
 * logged in one line: {@link Forbidden} as the 403 page, {@link NotFound} (something that is not theirs to know of)
 * as the 404 page.
 */
@WebFilter(urlPatterns = "/*")
public class RefusalAsStatus extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RefusalAsStatus.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            RuntimeException refusal = cause(e);
            if (refusal == null || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "Refused " + request.getMethod() + " " + request.getRequestURI() + ": " + refusal.getMessage());
            response.resetBuffer();
            response.sendError(refusal instanceof NotFound ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static RuntimeException cause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Forbidden || cause instanceof NotFound) {
                return (RuntimeException) cause;
            }
        }
        return null;
    }
}
