package org.unitar.learning.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.identity.UserAccountRepository;

import java.util.Optional;

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
}
