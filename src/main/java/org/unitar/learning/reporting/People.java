package org.unitar.learning.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.unitar.learning.certification.Certificate;
import org.unitar.learning.certification.service.Certificates;
import org.unitar.learning.identity.Organisation;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.identity.service.Organisations;
import org.unitar.learning.learning.service.Learning;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.shared.security.NotFound;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people directory and what it shows of a person: their profile, organisation, courses with progress, quiz
 * attempts and certificates. Administrators see everyone; an organisation's managers see that organisation's people
 * and no one else (anyone else's id gives the 404 page, as an id that does not exist does); other people see
 * nothing (403).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class People {

    /** At most this many people on a page of the directory. */
    public static final int PAGE_SIZE = 50;

    /** What the directory is asked: words of a name, user name or email; an organisation; a country. */
    public record Filter(String text, Long organisationId, String country) {
    }

    public record Listed(long id, String name, String username, String email, String organisation, String country,
                         Instant lastSignIn, boolean deactivated) {
    }

    /** One page of the directory and how many people the filter finds in all. */
    public record Directory(List<Listed> people, long total) {
    }

    public record AttemptLine(long attemptId, long courseId, long quizId, int number, String state, BigDecimal percent,
                              Boolean passed, Instant startedAt, Instant submittedAt) {
    }

    /** A person as the people who follow them read them. */
    public record Person(UserAccount account, Optional<Organisation> organisation, List<Learning.MyCourse> courses,
                         List<AttemptLine> attempts, List<Certificate> certificates, List<Organisation> manages) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Learning learning;

    @Inject
    Certificates certificates;

    /** The organisations whose people {@code actor} may follow: all for administrators (empty), else those they manage. */
    public List<Organisation> followed(@NotNull Actor actor) {
        return actor.administrator() ? List.of() : organisations.managedBy(actor.subject());
    }

    /** A page of the directory, by name; a manager's is limited to the organisations they manage. */
    public Directory directory(@NotNull Actor actor, @NotNull Filter filter, int page) {
        Set<Long> scope = scope(actor);
        if (scope != null && scope.isEmpty()) {
            throw new Forbidden("Neither an administrator nor a manager");
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<Integer, Object> parameters = new LinkedHashMap<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND (u.display_name LIKE ?1 OR u.username LIKE ?1 OR u.email LIKE ?1)");
            parameters.put(1, Rows.containing(filter.text().strip()));
        }
        if (filter.organisationId() != null) {
            where.append(" AND u.organisation_id = ?2");
            parameters.put(2, filter.organisationId());
        }
        if (filter.country() != null && !filter.country().isBlank()) {
            where.append(" AND u.country = ?3");
            parameters.put(3, filter.country().strip());
        }
        if (scope != null) {
            where.append(" AND u.organisation_id IN (").append(scope.stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .append(')');
        }
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM user_account u" + where);
        Query rows = em.createNativeQuery("""
                SELECT u.id, u.display_name, u.username, u.email, o.name, u.country, u.last_sign_in_at, u.deactivated_at
                FROM user_account u LEFT JOIN organisation o ON o.id = u.organisation_id""" + where
                + " ORDER BY u.display_name, u.id");
        parameters.forEach((position, value) -> {
            count.setParameter(position, value);
            rows.setParameter(position, value);
        });
        List<Listed> people = new ArrayList<>();
        for (Object row : rows.setFirstResult(Math.max(0, page) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList()) {
            Object[] cells = (Object[]) row;
            people.add(new Listed(((Number) cells[0]).longValue(), (String) cells[1], (String) cells[2], (String) cells[3],
                    (String) cells[4], (String) cells[5], Rows.instant(cells[6]), cells[7] != null));
        }
        return new Directory(people, ((Number) count.getSingleResult()).longValue());
    }

    /** A person, if {@code actor} may follow them; otherwise (or if there is no such person) {@link NotFound}. */
    public Person person(@NotNull Actor actor, long id) {
        UserAccount account = em.find(UserAccount.class, id);
        Set<Long> scope = scope(actor);
        if (account == null || scope != null && account.organisationId().filter(scope::contains).isEmpty()) {
            throw new NotFound("No person " + id + " for " + actor.subject());
        }
        Optional<Organisation> organisation = account.organisationId().map(o -> em.find(Organisation.class, o));
        return new Person(account, organisation, learning.coursesOf(account.subject()), attempts(account.subject()),
                certificates.heldBy(account.subject()), organisations.managedBy(account.subject()));
    }

    private List<AttemptLine> attempts(String learner) {
        List<?> rows = em.createNativeQuery("""
                        SELECT id, course_id, quiz_id, number, state, percent, passed, started_at, submitted_at
                        FROM attempt WHERE learner_subject = ?1 ORDER BY started_at DESC, id DESC""")
                .setParameter(1, learner).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new AttemptLine(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).intValue(), (String) r[4],
                (BigDecimal) r[5], Rows.bool(r[6]), Rows.instant(r[7]), Rows.instant(r[8]))).toList();
    }

    /** null: everyone (an administrator); otherwise the ids of the organisations the actor manages. */
    private Set<Long> scope(Actor actor) {
        if (actor.administrator()) {
            return null;
        }
        return organisations.managedBy(actor.subject()).stream().map(Organisation::id).collect(Collectors.toSet());
    }
}
