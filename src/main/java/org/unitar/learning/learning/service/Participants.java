package org.unitar.learning.learning.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.constraints.NotNull;
import org.unitar.learning.identity.IdentityClaims;
import org.unitar.learning.identity.ParticipantList;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.identity.UserAccountRepository;
import org.unitar.learning.identity.service.KeycloakAdmin;
import org.unitar.learning.identity.service.KeycloakUnavailable;
import org.unitar.learning.identity.service.Organisations;
import org.unitar.learning.learning.Edition;
import org.unitar.learning.learning.Enrolment;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.audit.AuditLog;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.shared.security.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Onboards a workshop's participants from a list ({@link ParticipantList}) into an edition: administrators only.
 * Each person is matched in Keycloak by email or created there (asked by email to set a password), gets a local
 * profile at once, joins the organisation the list names, and is enrolled. All or nothing across both stores: the
 * import is one transaction, and if it does not commit, the Keycloak users it created are deleted again. Running the
 * same list twice matches everyone and enrols nobody twice.
 */
@ApplicationScoped
@Transactional
public class Participants {

    public static final String AUDIT_IMPORTED = "learning.participants-imported";
    private static final Logger LOG = Logger.getLogger(Participants.class.getName());
    private static final int SET_PASSWORD_DAYS = 7;

    /** What importing a participant will do. */
    public enum Outcome {
        /** A new Keycloak account, then the enrolment. */
        NEW,
        /** Matched by email in Keycloak, then enrolled. */
        EXISTING,
        /** Matched and already enrolled in the course: nothing to do. */
        ENROLLED
    }

    public record Planned(ParticipantList.Participant participant, Outcome outcome) {
    }

    public record Imported(int created, int matched, int enrolled, int alreadyEnrolled) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Organisations organisations;

    @Inject
    Enrolments enrolments;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Edition edition(@NotNull Actor actor, long editionId) {
        administrator(actor);
        return Optional.ofNullable(em.find(Edition.class, editionId)).orElseThrow(() -> new NotFound("No edition " + editionId));
    }

    /** What importing each valid participant would do (nothing is written). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Planned> preview(@NotNull Actor actor, long editionId, @NotNull ParticipantList list) {
        Edition edition = edition(actor, editionId);
        List<Planned> planned = new ArrayList<>();
        for (ParticipantList.Participant p : list.participants()) {
            if (!p.valid()) {
                continue;
            }
            Optional<String> subject = keycloak.userWithEmail(p.email());
            planned.add(new Planned(p, subject.isEmpty() ? Outcome.NEW
                    : enrolled(subject.get(), edition.courseId()) ? Outcome.ENROLLED : Outcome.EXISTING));
        }
        return planned;
    }

    /** Imports the list into the edition, all or nothing; refuses a list with a row in error. */
    public Imported importList(@NotNull Actor actor, long editionId, @NotNull ParticipantList list) {
        Edition edition = edition(actor, editionId);
        if (!list.importable()) {
            throw new InputRefused(null, "participants.notImportable");
        }
        List<String> created = new ArrayList<>();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    created.forEach(Participants.this::askToSetPassword);
                } else {
                    created.forEach(Participants.this::undoCreation);
                }
            }
        });
        Instant now = clock.instant();
        int matched = 0;
        int enrolled = 0;
        int alreadyEnrolled = 0;
        for (ParticipantList.Participant p : list.participants()) {
            Optional<String> existing = keycloak.userWithEmail(p.email());
            String subject = existing.orElseGet(() -> {
                String id = keycloak.createUser(p.email(), p.firstName(), p.lastName(), p.organisation(), p.country(), p.language());
                created.add(id);
                return id;
            });
            if (existing.isPresent()) {
                matched++;
            }
            UserAccount account = accounts.findBySubject(subject).orElseGet(() -> accounts.add(UserAccount.imported(
                    new IdentityClaims(subject, p.email(), p.firstName() + " " + p.lastName(), p.email(), p.language(),
                            p.organisation(), p.country()), now)));
            if (account.organisationId().isEmpty() && p.organisation() != null) {
                organisations.byCode(p.organisation()).ifPresent(account::linkTo);
            }
            if (enrolled(subject, edition.courseId())) {
                alreadyEnrolled++;
            } else {
                enrolments.enrolPerson(actor, editionId, account.username());
                enrolled++;
            }
        }
        audit.record(actor.subject(), AUDIT_IMPORTED, "edition", editionId, created.size() + " created, " + matched
                + " matched, " + enrolled + " enrolled, " + alreadyEnrolled + " already enrolled");
        return new Imported(created.size(), matched, enrolled, alreadyEnrolled);
    }

    private boolean enrolled(String subject, long courseId) {
        return enrolments.find(subject, courseId).map(Enrolment::isActive).orElse(false);
    }

    private void askToSetPassword(String userId) {
        try {
            keycloak.sendSetPassword(userId, SET_PASSWORD_DAYS);
        } catch (KeycloakUnavailable e) {
            LOG.warning(() -> "Keycloak did not email " + userId + " to set a password (resend from its console): " + e.getMessage());
        }
    }

    private void undoCreation(String userId) {
        try {
            keycloak.delete(userId);
        } catch (KeycloakUnavailable e) {
            LOG.severe(() -> "An import failed and Keycloak user " + userId + " it created could not be deleted: " + e.getMessage());
        }
    }

    private static void administrator(Actor actor) {
        if (!actor.administrator()) {
            throw new Forbidden("Only administrators import participants");
        }
    }
}
