package org.unitar.learning.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The secret a page gives its plain forms and scripts to send back (an attempt page's answer saves, a lesson's
 * progress buttons), kept in the person's session: a request from another site cannot know it, so it cannot act in
 * their name.
 */
public final class PageToken {

    /** The form field a plain form post carries the token in. */
    public static final String FIELD = "token";
    private static final String ATTRIBUTE = PageToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PageToken() {
    }

    public static String of(HttpSession session) {
        synchronized (session) {
            Object token = session.getAttribute(ATTRIBUTE);
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                session.setAttribute(ATTRIBUTE, token);
            }
            return (String) token;
        }
    }

    public static boolean matches(HttpSession session, String sent) {
        Object token = session == null ? null : session.getAttribute(ATTRIBUTE);
        return token != null && sent != null && MessageDigest.isEqual(((String) token).getBytes(UTF_8), sent.getBytes(UTF_8));
    }

    /**
     * For a plain form post (field {@value #FIELD}): true if it carries the page's token; otherwise the 403 page is
     * sent and false returned.
     */
    public static boolean checked(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (matches(request.getSession(false), request.getParameter(FIELD))) {
            return true;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return false;
    }

    /** After a plain form post, sends the person on to {@code path} within the application (303 See Other). */
    public static void seeOther(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + path);
    }
}
