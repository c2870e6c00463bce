package org.unitar.learning.identity.web;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import java.io.IOException;
import java.io.Serializable;
import java.util.Set;

/**
 * Gives every request of a signed-in person their roles explicitly. The sign-on mechanism hands the container only
 * the caller's name on requests after the sign-in, and Payara 6 then looks the roles up in state that concurrent
 * requests share: under load a request now and then loses its roles and gets a 403 (Payara FISH-7515, fixed after
 * 6.2025.10). Here the groups of the sign-in are kept in the session and passed on each request.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SessionGroups implements HttpAuthenticationMechanism {

    private static final String SESSION_KEY = SessionGroups.class.getName();

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        AuthenticationStatus status = mechanism.validateRequest(request, response, context);
        if (status != AuthenticationStatus.SUCCESS) {
            return status;
        }
        Set<String> signedInWith = context.getGroups();
        if (signedInWith != null) {
            // a sign-in just completed: remember its groups for the requests to come
            request.getSession().setAttribute(SESSION_KEY, new Groups(signedInWith.toArray(String[]::new)));
            return status;
        }
        HttpSession session = request.getSession(false);
        Groups groups = session == null ? null : (Groups) session.getAttribute(SESSION_KEY);
        if (groups != null && request.getUserPrincipal() != null) {
            try {
                context.getHandler().handle(new Callback[] {new GroupPrincipalCallback(context.getClientSubject(), groups.names())});
            } catch (IOException | UnsupportedCallbackException e) {
                throw new AuthenticationException("Could not give the signed-in person their roles", e);
            }
        }
        return status;
    }

    /** The groups of a sign-in, as kept in the session. */
    record Groups(String[] names) implements Serializable {
    }
}
