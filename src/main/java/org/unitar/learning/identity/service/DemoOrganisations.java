package org.unitar.learning.identity.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unitar.learning.identity.Organisation;
import org.unitar.learning.identity.OrganisationKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;

/**
 * Adds the demo people's authorities ({@code demo/organisations.tsv}) at start-up when {@code unitar.demo.seed} is
 * true (the local run and the tests), those not there yet; then links people who signed in before by their
 * token's code. Never in production. (CIFAL centres and UNITAR come with the migrations.)
 */
@ApplicationScoped
public class DemoOrganisations {

    private static final String FILE = "demo/organisations.tsv";

    @Inject
    @ConfigProperty(name = "unitar.demo.seed", defaultValue = "false")
    boolean enabled;

    @Inject
    Organisations organisations;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 90) @Initialized(ApplicationScoped.class) Object event) {
        if (!enabled) {
            return;
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(DemoOrganisations.class.getClassLoader().getResourceAsStream(FILE), FILE),
                StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t"))
                    .filter(cells -> organisations.byCode(cells[0]).isEmpty())
                    .forEach(cells -> em.persist(Organisation.create(cells[0], cells[3], OrganisationKind.valueOf(cells[1]),
                            cells[2], clock.instant())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        em.flush();
        em.createNativeQuery("UPDATE user_account u JOIN organisation o ON o.code = u.organisation"
                + " SET u.organisation_id = o.id WHERE u.organisation_id IS NULL").executeUpdate();
    }
}
