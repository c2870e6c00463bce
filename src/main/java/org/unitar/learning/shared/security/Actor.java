package org.unitar.learning.shared.security;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who asks a service to do something: a signed-in person (Keycloak's subject id) and whether they are a trainer
 * or an administrator. Services decide object by object what an actor may do; the web layer only says who it is.
 */
public record Actor(String subject, boolean trainer, boolean administrator) implements Serializable {

    public Actor {
        Objects.requireNonNull(subject, "An actor is a signed-in person");
    }
}
