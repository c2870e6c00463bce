package org.unitar.learning.assessment.web;

import jakarta.servlet.http.HttpSession;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret an attempt page gives its script to send with each answer save, kept in the learner's session: a
 * request from another site cannot know it, so it cannot save answers in the learner's name.
 */
final class AnswerToken {

    private static final String ATTRIBUTE = AnswerToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private AnswerToken() {
    }

    static String of(HttpSession session) {
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

    static boolean matches(HttpSession session, String sent) {
        Object token = session == null ? null : session.getAttribute(ATTRIBUTE);
        return token != null && sent != null
                && MessageDigest.isEqual(((String) token).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                sent.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
