package org.unitar.learning.certification.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Limits the public verification (the page and the check of Open Badges) to {@value #PER_MINUTE} look-ups a minute from one address, so that codes cannot be
 * tried by the thousand; beyond, the 429 page until the minute is over. Counts are kept per server in memory and
 * forgotten each minute.
 */
@WebFilter(urlPatterns = {"/verify", "/verify/*", "/verify.xhtml", "/ob/verify"})
public class VerifyRateLimit extends HttpFilter {

    static final int PER_MINUTE = 30;
    private static final long serialVersionUID = 1L;

    private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long minute;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST) {
            long now = System.currentTimeMillis() / 60_000;
            if (now != minute) {
                minute = now;
                counts.clear();
            }
            if (counts.computeIfAbsent(request.getRemoteAddr(), a -> new AtomicInteger()).incrementAndGet() > PER_MINUTE) {
                response.setHeader("Retry-After", "60");
                response.sendError(429);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
