package org.unitar.learning.identity.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.Optional;

/**
 * "Sign in, then come back here": {@code /login/return?next=/catalogue/course.xhtml?id=7}, from a public page
 * whose action needs signing in (a course's Enrol button). The page is kept in the session, the person signs in
 * through {@code /login}, and {@link SignInCallback} sends them to it instead of their home page. Only a page of this
 * platform is taken, never another site.
 */
@WebServlet(SignInToReturn.PATH)
public class SignInToReturn extends HttpServlet {

    public static final String PATH = "/login/return";
    private static final String NEXT = SignInToReturn.class.getName() + ".next";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = request.getParameter("next");
        if (!isLocalPage(next)) {
            response.sendRedirect(request.getContextPath() + "/login");
        } else if (request.getUserPrincipal() != null) {
            response.sendRedirect(request.getContextPath() + next);
        } else {
            request.getSession().setAttribute(NEXT, next);
            response.sendRedirect(request.getContextPath() + "/login");
        }
    }

    /** The page kept for after signing in, once (it is forgotten as it is taken). */
    static Optional<String> takeNext(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object next = session.getAttribute(NEXT);
        session.removeAttribute(NEXT);
        return next instanceof String page && isLocalPage(page) ? Optional.of(page) : Optional.empty();
    }

    static boolean isLocalPage(String next) {
        return next != null && next.length() <= 200 && next.matches("/[A-Za-z0-9/_.-]*(\\?[A-Za-z0-9=&_.-]*)?")
                && !next.startsWith("//") && !next.contains("..");
    }
}
