package org.unitar.learning.identity;

import java.util.Optional;

/** Where profiles are kept. */
public interface UserAccountRepository {

    Optional<UserAccount> findBySubject(String subject);

    /** Finds the profile and locks it until the transaction ends, so that concurrent updates of it wait their turn. */
    Optional<UserAccount> lockBySubject(String subject);

    /** Stores a new profile and gives it its id. */
    UserAccount add(UserAccount account);

    long count();
}
