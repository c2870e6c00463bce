package org.unitar.learning.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Where profiles are kept. */
public interface UserAccountRepository {

    Optional<UserAccount> findBySubject(String subject);

    /** The profile whose user name or email is {@code name} (case-insensitive), if that person has signed in. */
    Optional<UserAccount> findByUsernameOrEmail(String name);

    /** Finds the profile and locks it until the transaction ends, so that concurrent updates of it wait their turn. */
    Optional<UserAccount> lockBySubject(String subject);

    /** Stores a new profile and gives it its id. */
    UserAccount add(UserAccount account);

    long count();

    /** The display names of the people with these subjects (those who have signed in at least once). */
    Map<String, String> displayNames(Collection<String> subjects);
}
