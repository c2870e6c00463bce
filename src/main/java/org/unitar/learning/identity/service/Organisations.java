package org.unitar.learning.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.unitar.learning.identity.Organisation;
import org.unitar.learning.identity.OrganisationKind;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.audit.AuditLog;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.shared.security.NotFound;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Organisations and who belongs to and manages them. Administrators create and change organisations, link a person
 * to one, and make a person manager of one (a link the platform keeps, not a Keycloak role); a manager then follows
 * that organisation's people ({@code reporting.People}). Every change is in the audit record.
 */
@ApplicationScoped
@Transactional
public class Organisations {

    public static final String AUDIT_CREATED = "identity.organisation-created";
    public static final String AUDIT_CHANGED = "identity.organisation-changed";
    public static final String AUDIT_PERSON_LINKED = "identity.person-organisation-changed";
    public static final String AUDIT_MANAGER_ADDED = "identity.manager-added";
    public static final String AUDIT_MANAGER_REMOVED = "identity.manager-removed";

    /** An organisation as the list shows it, with how many people belong to it. */
    public record Listed(Organisation organisation, long people) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Organisations whose name or code contains {@code text}, in {@code country}, of {@code kind}; by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Listed> search(@NotNull Actor actor, String text, String country, OrganisationKind kind) {
        administrator(actor);
        StringBuilder jpql = new StringBuilder("select o, (select count(u) from UserAccount u where u.organisationId = o.id)"
                + " from Organisation o where 1 = 1");
        if (text != null && !text.isBlank()) {
            jpql.append(" and (lower(o.name) like :text or lower(o.code) like :text)");
        }
        if (country != null && !country.isBlank()) {
            jpql.append(" and o.country = :country");
        }
        if (kind != null) {
            jpql.append(" and o.kind = :kind");
        }
        var query = em.createQuery(jpql.append(" order by o.name, o.id").toString(), Object[].class);
        if (text != null && !text.isBlank()) {
            query.setParameter("text", "%" + text.strip().toLowerCase() + "%");
        }
        if (country != null && !country.isBlank()) {
            query.setParameter("country", country.strip().toUpperCase());
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.setMaxResults(500).getResultStream()
                .map(row -> new Listed((Organisation) row[0], ((Number) row[1]).longValue())).toList();
    }

    /** Every organisation by name, for choosing one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organisation> all() {
        return em.createQuery("select o from Organisation o order by o.name, o.id", Organisation.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation find(@NotNull Actor actor, long id) {
        administrator(actor);
        return existing(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Organisation> byCode(String code) {
        return em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public Organisation create(@NotNull Actor actor, String code, String name, OrganisationKind kind, String country) {
        administrator(actor);
        Organisation organisation = Organisation.create(code, name, kind, country, clock.instant());
        if (byCode(organisation.code()).isPresent()) {
            throw new InputRefused("code", "organisation.codeTaken");
        }
        em.persist(organisation);
        em.flush();
        audit.record(actor.subject(), AUDIT_CREATED, "organisation", organisation.id(), organisation.code());
        return organisation;
    }

    /** Changes name, kind and country, unless someone saved the organisation since {@code version} was read. */
    public Organisation change(@NotNull Actor actor, long id, long version, String name, OrganisationKind kind,
                               String country) {
        administrator(actor);
        Organisation organisation = em.find(Organisation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (organisation == null) {
            throw new NotFound("No organisation " + id);
        }
        if (organisation.version() != version) {
            throw new InputRefused(null, "organisation.changedMeanwhile");
        }
        organisation.change(name, kind, country);
        audit.record(actor.subject(), AUDIT_CHANGED, "organisation", id, organisation.name());
        return organisation;
    }

    /** Links the person to {@code organisationId}, or to none when it is null. */
    public void link(@NotNull Actor actor, long personId, Long organisationId) {
        administrator(actor);
        UserAccount person = person(personId);
        Organisation organisation = organisationId == null ? null : existing(organisationId);
        person.linkTo(organisation);
        audit.record(actor.subject(), AUDIT_PERSON_LINKED, "user_account", personId,
                organisation == null ? "none" : organisation.code());
    }

    /** Makes the person whose user name or email is {@code who} a manager of the organisation. */
    public void addManager(@NotNull Actor actor, long organisationId, String who) {
        administrator(actor);
        Organisation organisation = existing(organisationId);
        if (who == null || who.isBlank()) {
            throw new InputRefused("manager", "organisation.managerRequired");
        }
        UserAccount person = em.createQuery("select a from UserAccount a where lower(a.username) = :name or lower(a.email) = :name",
                        UserAccount.class)
                .setParameter("name", who.strip().toLowerCase()).getResultStream().findFirst()
                .orElseThrow(() -> new InputRefused("manager", "organisation.personUnknown"));
        if (manages(person.id(), organisationId)) {
            throw new InputRefused("manager", "organisation.alreadyManager");
        }
        em.createNativeQuery("INSERT INTO organisation_manager (organisation_id, user_account_id, since) VALUES (?1, ?2, ?3)")
                .setParameter(1, organisationId).setParameter(2, person.id())
                .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
        audit.record(actor.subject(), AUDIT_MANAGER_ADDED, "organisation", organisationId,
                person.username() + " of " + organisation.code());
    }

    public void removeManager(@NotNull Actor actor, long organisationId, long personId) {
        administrator(actor);
        int removed = em.createNativeQuery("DELETE FROM organisation_manager WHERE organisation_id = ?1 AND user_account_id = ?2")
                .setParameter(1, organisationId).setParameter(2, personId).executeUpdate();
        if (removed == 0) {
            throw new NotFound("Person " + personId + " does not manage organisation " + organisationId);
        }
        audit.record(actor.subject(), AUDIT_MANAGER_REMOVED, "organisation", organisationId, "user_account " + personId);
    }

    /** The managers of an organisation, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> managers(long organisationId) {
        List<Long> ids = ids(em.createNativeQuery("SELECT user_account_id FROM organisation_manager WHERE organisation_id = ?1")
                .setParameter(1, organisationId).getResultList());
        return ids.isEmpty() ? List.of()
                : em.createQuery("select a from UserAccount a where a.id in :ids order by a.displayName", UserAccount.class)
                .setParameter("ids", ids).getResultList();
    }

    /** The organisations the signed-in person manages, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organisation> managedBy(@NotNull String subject) {
        List<Long> ids = ids(em.createNativeQuery("SELECT m.organisation_id FROM organisation_manager m"
                        + " JOIN user_account a ON a.id = m.user_account_id WHERE a.subject = ?1")
                .setParameter(1, subject).getResultList());
        return ids.isEmpty() ? List.of()
                : em.createQuery("select o from Organisation o where o.id in :ids order by o.name", Organisation.class)
                .setParameter("ids", ids).getResultList();
    }

    private static List<Long> ids(List<?> column) {
        return column.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private boolean manages(long personId, long organisationId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM organisation_manager WHERE organisation_id = ?1"
                        + " AND user_account_id = ?2")
                .setParameter(1, organisationId).setParameter(2, personId).getSingleResult()).longValue() > 0;
    }

    private Organisation existing(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFound("No organisation " + id);
        }
        return organisation;
    }

    private UserAccount person(long id) {
        UserAccount person = em.find(UserAccount.class, id);
        if (person == null) {
            throw new NotFound("No person " + id);
        }
        return person;
    }

    private static void administrator(Actor actor) {
        if (!actor.administrator()) {
            throw new Forbidden("Only administrators manage organisations");
        }
    }
}
