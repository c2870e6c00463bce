package org.unitar.learning.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.unitar.learning.identity.Role;

/** Which areas the header offers: only those the person's roles open. The server checks again on every request. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    HttpServletRequest request;

    private boolean learner;
    private boolean trainer;
    private boolean admin;
    private boolean signedIn;

    @PostConstruct
    void readRoles() {
        signedIn = request.getUserPrincipal() != null;
        learner = request.isUserInRole(Role.LEARNER_NAME);
        trainer = request.isUserInRole(Role.TRAINER_NAME);
        admin = request.isUserInRole(Role.ADMIN_NAME);
    }

    public boolean isSignedIn() {
        return signedIn;
    }

    public boolean isLearner() {
        return learner;
    }

    public boolean isTrainer() {
        return trainer;
    }

    public boolean isAdmin() {
        return admin;
    }

    public String getLearnerHome() {
        return HomePage.LEARNER;
    }

    public String getTrainerHome() {
        return HomePage.TRAINER;
    }

    public String getAdminHome() {
        return HomePage.ADMIN;
    }
}
