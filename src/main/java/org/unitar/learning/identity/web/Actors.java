package org.unitar.learning.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.servlet.http.HttpServletRequest;
import org.unitar.learning.identity.Role;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;

/** The signed-in person of the current request, as services see them. */
@ApplicationScoped
public class Actors {

    @Produces
    Actor current(HttpServletRequest request, CurrentUser user) {
        if (request.getUserPrincipal() == null || !user.isSignedIn()) {
            throw new Forbidden("Not signed in");
        }
        return new Actor(user.getSubject(), request.isUserInRole(Role.TRAINER_NAME), request.isUserInRole(Role.ADMIN_NAME));
    }
}
