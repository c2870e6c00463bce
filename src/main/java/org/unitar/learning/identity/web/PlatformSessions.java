package org.unitar.learning.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The signed-in sessions of this server, by person (Keycloak subject) and by Keycloak session ({@code sid}), so that
 * a back-channel logout or a deactivation can end them. Sessions are registered at sign-in and forgotten when they
 * end. (Payara Micro here keeps sessions in memory; a cluster would need each member to hear the logout.)
 */
@ApplicationScoped
public class PlatformSessions {

    private static final Logger LOG = Logger.getLogger(PlatformSessions.class.getName());
    static final String SUBJECT = PlatformSessions.class.getName() + ".subject";
    static final String SID = PlatformSessions.class.getName() + ".sid";

    private final Map<String, Set<HttpSession>> bySubject = new ConcurrentHashMap<>();

    /** A person signed in: their session now belongs to them and to Keycloak's session {@code sid} (may be null). */
    public void signedIn(HttpSession session, String subject, String sid) {
        session.setAttribute(SUBJECT, subject);
        if (sid != null) {
            session.setAttribute(SID, sid);
        }
        bySubject.computeIfAbsent(subject, s -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** Ends the person's sessions: all of them, or only those of Keycloak session {@code sid} when it is given. */
    public int end(String subject, String sid) {
        Set<HttpSession> sessions = bySubject.getOrDefault(subject, Set.of());
        int ended = 0;
        for (HttpSession session : List.copyOf(sessions)) {
            try {
                Object own = session.getAttribute(SID);
                if (sid == null || own == null || sid.equals(own)) {
                    session.invalidate();
                    ended++;
                }
            } catch (IllegalStateException alreadyEnded) {
                sessions.remove(session);
            }
        }
        LOG.info(() -> "Ended sessions of " + subject + (sid == null ? "" : " (Keycloak session " + sid + ")"));
        return ended;
    }

    void forget(HttpSession session) {
        Object subject = session.getAttribute(SUBJECT);
        if (subject != null) {
            bySubject.computeIfPresent((String) subject, (s, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    /** Forgets sessions as they end (sign-out, time-out, invalidation). */
    @WebListener
    public static class Ending implements HttpSessionListener {

        @Inject
        PlatformSessions sessions;

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            sessions.forget(event.getSession());
        }
    }
}
