package org.unitar.learning.identity.web;

import org.unitar.learning.identity.Role;

import java.util.Set;

/** Where a person lands after signing in: the home of the most powerful role they hold. */
public final class HomePage {

    public static final String LEARNER = "/learn/";
    public static final String TRAINER = "/author/";
    public static final String ADMIN = "/admin/";
    /** For someone whose token holds none of the platform's roles. */
    public static final String NO_ROLE = "/account/no-role.xhtml";

    private HomePage() {
    }

    public static String of(Set<Role> roles) {
        if (roles.contains(Role.ADMIN)) {
            return ADMIN;
        }
        if (roles.contains(Role.TRAINER)) {
            return TRAINER;
        }
        if (roles.contains(Role.LEARNER)) {
            return LEARNER;
        }
        return NO_ROLE;
    }
}
