package org.unitar.learning.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.unitar.learning.identity.Role;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.audit.AuditLog;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.shared.security.NotFound;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What administrators change about a person's account, in Keycloak (the source of truth for who may sign in and
 * with which roles) and recorded here: roles, and deactivation. Keycloak is changed first; if it refuses or cannot be
 * reached, {@link KeycloakUnavailable} and nothing is recorded. Taking a role away, or deactivating, also ends the
 * person's sessions (Keycloak's, and through its back-channel logout the platform's), so it holds at once.
 */
@ApplicationScoped
@Transactional
public class Accounts {

    public static final String AUDIT_ROLES = "identity.roles-changed";
    public static final String AUDIT_DEACTIVATED = "identity.deactivated";
    public static final String AUDIT_REACTIVATED = "identity.reactivated";
    public static final String AUDIT_ANONYMISED = "identity.anonymised";

    @PersistenceContext
    EntityManager em;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The person's platform roles, as Keycloak has them now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Role> roles(@NotNull Actor actor, long personId) {
        administrator(actor);
        return keycloak.roles(active(person(personId)).subject());
    }

    /** Gives the person exactly {@code wanted} of the platform's roles; an administrator cannot take their own admin role. */
    public void changeRoles(@NotNull Actor actor, long personId, @NotNull Set<Role> wanted) {
        administrator(actor);
        UserAccount person = active(person(personId));
        if (person.subject().equals(actor.subject()) && !wanted.contains(Role.ADMIN)) {
            throw new InputRefused("roles", "person.ownAdminRole");
        }
        Set<Role> now = keycloak.roles(person.subject());
        Set<Role> added = EnumSet.noneOf(Role.class);
        added.addAll(wanted);
        added.removeAll(now);
        Set<Role> removed = EnumSet.noneOf(Role.class);
        removed.addAll(now);
        removed.removeAll(wanted);
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        try {
            added.forEach(role -> keycloak.grant(person.subject(), role));
            removed.forEach(role -> keycloak.revoke(person.subject(), role));
        } catch (KeycloakUnavailable e) {
            restore(person.subject(), added, removed);
            throw e;
        }
        audit.record(actor.subject(), AUDIT_ROLES, "user_account", personId,
                names("+", added) + (added.isEmpty() || removed.isEmpty() ? "" : " ") + names("-", removed));
        if (!removed.isEmpty()) {
            endSessions(person);
        }
    }

    /** Disables the person in Keycloak and ends every session of theirs; their certificates stay as issued. */
    public void deactivate(@NotNull Actor actor, long personId) {
        administrator(actor);
        UserAccount person = active(lockedPerson(personId));
        if (person.subject().equals(actor.subject())) {
            throw new InputRefused(null, "person.notYourself");
        }
        keycloak.setEnabled(person.subject(), false);
        try {
            endSessions(person);
        } catch (KeycloakUnavailable e) {
            // nothing is recorded here, so Keycloak must not keep them disabled either: the page still says active
            try {
                keycloak.setEnabled(person.subject(), true);
            } catch (KeycloakUnavailable ignored) {
                // Keycloak is gone altogether; deactivating again converges
            }
            throw e;
        }
        person.deactivated(clock.instant());
        audit.record(actor.subject(), AUDIT_DEACTIVATED, "user_account", personId, person.username());
    }

    /**
     * Anonymises the person on request: their sessions end, their Keycloak account is deleted, and their profile
     * here forgets who they are ({@link UserAccount#anonymise}). {@code confirmation} must be their user name.
     * Certificates already issued keep the name they were issued to and stay verifiable.
     */
    public void anonymise(@NotNull Actor actor, long personId, String confirmation) {
        administrator(actor);
        UserAccount person = lockedPerson(personId);
        if (person.subject().equals(actor.subject())) {
            throw new InputRefused(null, "person.notYourself");
        }
        active(person);
        if (confirmation == null || !confirmation.strip().equalsIgnoreCase(person.username())) {
            throw new InputRefused("confirmation", "person.confirmationMismatch");
        }
        person.anonymise(clock.instant());
        keycloak.endSessions(person.subject());
        keycloak.delete(person.subject());
        em.createNativeQuery("DELETE FROM organisation_manager WHERE user_account_id = ?1").setParameter(1, personId).executeUpdate();
        audit.record(actor.subject(), AUDIT_ANONYMISED, "user_account", personId, null);
    }

    public void reactivate(@NotNull Actor actor, long personId) {
        administrator(actor);
        UserAccount person = active(lockedPerson(personId));
        keycloak.setEnabled(person.subject(), true);
        person.deactivated(null);
        audit.record(actor.subject(), AUDIT_REACTIVATED, "user_account", personId, person.username());
    }

    /** Puts back the roles as they were after a change failed half-way, as far as Keycloak lets it. */
    private void restore(String subject, Set<Role> added, Set<Role> removed) {
        for (Role role : added) {
            try {
                keycloak.revoke(subject, role);
            } catch (KeycloakUnavailable ignored) {
                // it may never have been granted
            }
        }
        for (Role role : removed) {
            try {
                keycloak.grant(subject, role);
            } catch (KeycloakUnavailable ignored) {
                // it may never have been revoked
            }
        }
    }

    /** Keycloak ends the person's sessions and calls the platform's back-channel logout, which ends its own. */
    private void endSessions(UserAccount person) {
        keycloak.endSessions(person.subject());
    }

    private static String names(String sign, Set<Role> roles) {
        return roles.stream().map(r -> sign + r.roleName()).collect(Collectors.joining(" "));
    }

    /** The person, unless anonymised: then they have no Keycloak account any more to change. */
    private static UserAccount active(UserAccount person) {
        if (person.anonymisedAt().isPresent()) {
            throw new InputRefused(null, "person.alreadyAnonymised");
        }
        return person;
    }

    private UserAccount person(long id) {
        UserAccount person = em.find(UserAccount.class, id);
        if (person == null) {
            throw new NotFound("No person " + id);
        }
        return person;
    }

    private UserAccount lockedPerson(long id) {
        UserAccount person = em.find(UserAccount.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (person == null) {
            throw new NotFound("No person " + id);
        }
        return person;
    }

    private static void administrator(Actor actor) {
        if (!actor.administrator()) {
            throw new Forbidden("Only administrators change accounts");
        }
    }
}
