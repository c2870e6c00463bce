package org.unitar.learning.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.reporting.People;
import org.unitar.learning.shared.security.Actor;

/** Whether the signed-in person manages an organisation, so that their home page links to its people. */
@Named
@RequestScoped
public class ManagerLink {

    @Inject
    People people;

    @Inject
    Actor actor;

    private Boolean manager;

    public boolean isManager() {
        if (manager == null) {
            manager = !actor.administrator() && !people.followed(actor).isEmpty();
        }
        return manager;
    }
}
