package org.unitar.learning.identity.web;

import org.junit.jupiter.api.Test;
import org.unitar.learning.identity.Role;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HomePageTest {

    @Test
    void eachRoleHasItsHomeAndTheMostPowerfulRoleWins() {
        assertThat(HomePage.of(Set.of(Role.LEARNER))).isEqualTo("/learn/");
        assertThat(HomePage.of(Set.of(Role.LEARNER, Role.TRAINER))).isEqualTo("/author/");
        assertThat(HomePage.of(Set.of(Role.TRAINER, Role.ADMIN))).isEqualTo("/admin/");
    }

    @Test
    void rolesThePlatformDoesNotKnowGrantNothing() {
        Set<Role> roles = Role.fromNames(List.of("default-roles-unitar", "offline_access", "superuser", "ADMIN"));
        assertThat(roles).isEmpty();
        assertThat(HomePage.of(roles)).isEqualTo(HomePage.NO_ROLE);
    }
}
