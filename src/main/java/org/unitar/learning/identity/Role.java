package org.unitar.learning.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a person may do on the platform. Realm roles of the same name in Keycloak become these Jakarta roles; any
 * other role in a token grants nothing.
 */
public enum Role {

    LEARNER(Role.LEARNER_NAME),
    TRAINER(Role.TRAINER_NAME),
    ADMIN(Role.ADMIN_NAME);

    /** Role names as constants, for annotations. */
    public static final String LEARNER_NAME = "learner";
    public static final String TRAINER_NAME = "trainer";
    public static final String ADMIN_NAME = "admin";

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public static Optional<Role> named(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }

    /** The known roles among {@code names}; unknown names are dropped. */
    public static Set<Role> fromNames(Collection<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> named(name).ifPresent(roles::add));
        return roles;
    }
}
