package org.unitar.learning.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.identity.UserAccountRepository;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<UserAccount> findBySubject(String subject) {
        return em.createQuery("select a from UserAccount a where a.subject = :subject", UserAccount.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UserAccount> findByUsernameOrEmail(String name) {
        return em.createQuery("select a from UserAccount a where lower(a.username) = :name or lower(a.email) = :name", UserAccount.class)
                .setParameter("name", name.strip().toLowerCase())
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UserAccount> lockBySubject(String subject) {
        return em.createQuery("select a from UserAccount a where a.subject = :subject", UserAccount.class)
                .setParameter("subject", subject)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public UserAccount add(UserAccount account) {
        em.persist(account);
        em.flush();
        return account;
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from UserAccount a", Long.class).getSingleResult();
    }

    @Override
    public Map<String, String> displayNames(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a.subject, a.displayName from UserAccount a where a.subject in :subjects", Object[].class)
                .setParameter("subjects", subjects)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }
}
