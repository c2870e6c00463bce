package org.unitar.learning.learning.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Learners' pages are built a few at a time ({@link #AT_ONCE}: twice the processors, at least four); the others wait
 * for their turn, first come first served. When hundreds of learners arrive together (an exam's start), their pages
 * queue here instead of sharing the processors between hundreds of threads, and what builds no page (answer and
 * progress saves, style sheets and scripts) keeps answering at once. A page that waits more than
 * {@value #LONGEST_WAIT_SECONDS} s gets the 503 page, saying the platform is busy. Only Faces pages under /learn/ take turns.
 */
@WebFilter(servletNames = "Faces")
public class LearnerPageTurns extends HttpFilter {

    static final int AT_ONCE = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    static final int LONGEST_WAIT_SECONDS = 30;
    /** Tells the 503 page that the platform is busy (not that sign-in is unavailable). */
    static final String BUSY = "org.unitar.learning.busy";
    private static final long serialVersionUID = 1L;

    private final Semaphore turns;
    private final Duration longestWait;

    public LearnerPageTurns() {
        this(AT_ONCE, Duration.ofSeconds(LONGEST_WAIT_SECONDS));
    }

    LearnerPageTurns(int atOnce, Duration longestWait) {
        this.turns = new Semaphore(atOnce, true);
        this.longestWait = longestWait;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getServletPath().startsWith("/learn/")) {
            chain.doFilter(request, response);
            return;
        }
        if (!turn()) {
            request.setAttribute(BUSY, true);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    private boolean turn() {
        try {
            return turns.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
