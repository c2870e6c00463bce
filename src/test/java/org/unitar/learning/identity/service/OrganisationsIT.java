package org.unitar.learning.identity.service;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unitar.learning.identity.IdentityClaims;
import org.unitar.learning.identity.Organisation;
import org.unitar.learning.identity.OrganisationKind;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.reporting.People;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.shared.security.NotFound;
import org.unitar.learning.support.ContainerTest;
import org.unitar.learning.support.Deployments;
import org.unitar.learning.support.InContainer;
import org.unitar.learning.support.Sql;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Organisations, people linked to them, their managers, and what the people directory shows to whom: an
 * administrator everyone, a manager their organisation's people only, anyone else nothing.
 */
@ContainerTest
class OrganisationsIT {

    private static final Actor ADMIN = new Actor("admin-" + UUID.randomUUID(), false, true);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(OrganisationsIT.class, Sql.class);
    }

    private Organisations organisations;
    private People people;
    private SignIn signIn;

    @BeforeEach
    void lookUp() {
        organisations = InContainer.bean(Organisations.class);
        people = InContainer.bean(People.class);
        signIn = InContainer.bean(SignIn.class);
    }

    @Test
    void anAdministratorAddsAnOrganisationAndBadInputIsRefusedFieldByField() {
        String code = code();
        Organisation added = organisations.create(ADMIN, code.toLowerCase(), "  Commune de Dakar-Plateau ", OrganisationKind.CITY, "sn");
        assertThat(added.code()).isEqualTo(code);
        assertThat(added.name()).isEqualTo("Commune de Dakar-Plateau");
        assertThat(added.country()).isEqualTo("SN");

        assertRefused(() -> organisations.create(ADMIN, code, "Another", OrganisationKind.CITY, "SN"), "code", "organisation.codeTaken");
        assertRefused(() -> organisations.create(ADMIN, "bad code!", "Name", OrganisationKind.CITY, "SN"), "code", "organisation.codeInvalid");
        assertRefused(() -> organisations.create(ADMIN, code(), " ", OrganisationKind.CITY, "SN"), "name", "organisation.nameRequired");
        assertRefused(() -> organisations.create(ADMIN, code(), "Name", null, "SN"), "kind", "organisation.kindRequired");
        assertRefused(() -> organisations.create(ADMIN, code(), "Name", OrganisationKind.CITY, "XX"), "country", "organisation.countryUnknown");
        assertRefused(() -> organisations.change(ADMIN, added.id(), added.version() + 1, "Dakar", OrganisationKind.CITY, "SN"),
                null, "organisation.changedMeanwhile");

        organisations.change(ADMIN, added.id(), added.version(), "Ville de Dakar", OrganisationKind.CITY, "SN");
        assertThat(organisations.find(ADMIN, added.id()).name()).isEqualTo("Ville de Dakar");
        assertThat(Sql.number("SELECT COUNT(*) FROM audit_event WHERE object_type = 'organisation' AND object_id = ?",
                String.valueOf(added.id()))).isEqualTo(2);

        Actor trainer = new Actor("trainer-" + UUID.randomUUID(), true, false);
        assertThatThrownBy(() -> organisations.create(trainer, code(), "Name", OrganisationKind.CITY, "SN")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> organisations.search(trainer, null, null, null)).isInstanceOf(Forbidden.class);
    }

    @Test
    void aPersonSigningInWithAKnownCodeBelongsToThatOrganisationAndAManagerFollowsOnlyItsPeople() {
        Organisation city = organisations.create(ADMIN, code(), "Municipalidad de Quito", OrganisationKind.CITY, "EC");
        Organisation region = organisations.create(ADMIN, code(), "Région de Thiès", OrganisationKind.REGION, "SN");
        UserAccount focalPoint = person("Lucía Andrade", city.code());
        UserAccount colleague = person("Jorge Vélez", city.code());
        UserAccount stranger = person("Ndèye Fall", region.code());
        UserAccount nobody = person("Unlinked Person", "NO-SUCH-CODE");
        assertThat(colleague.organisationId()).contains(city.id());
        assertThat(nobody.organisationId()).isEmpty();

        Actor manager = new Actor(focalPoint.subject(), false, false);
        assertThatThrownBy(() -> people.directory(manager, new People.Filter(null, null, null), 0)).isInstanceOf(Forbidden.class);
        assertRefused(() -> organisations.addManager(ADMIN, city.id(), "nobody-" + UUID.randomUUID()), "manager", "organisation.personUnknown");
        organisations.addManager(ADMIN, city.id(), focalPoint.username());
        assertRefused(() -> organisations.addManager(ADMIN, city.id(), focalPoint.username().toUpperCase()), "manager", "organisation.alreadyManager");

        People.Directory seen = people.directory(manager, new People.Filter(null, null, null), 0);
        assertThat(seen.people()).extracting(People.Listed::name).containsExactly("Jorge Vélez", "Lucía Andrade");
        assertThat(seen.total()).isEqualTo(2);
        assertThat(people.directory(manager, new People.Filter(null, region.id(), null), 0).people()).isEmpty();
        assertThat(people.person(manager, colleague.id()).organisation()).map(Organisation::name).contains("Municipalidad de Quito");
        assertThatThrownBy(() -> people.person(manager, stranger.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> people.person(manager, Long.MAX_VALUE)).isInstanceOf(NotFound.class);

        assertThat(people.directory(ADMIN, new People.Filter("vélez", null, null), 0).people())
                .extracting(People.Listed::name).contains("Jorge Vélez").doesNotContain("Lucía Andrade");
        assertThat(people.directory(ADMIN, new People.Filter(null, region.id(), "SN"), 0).people())
                .extracting(People.Listed::name).containsExactly("Ndèye Fall");
        assertThat(people.directory(ADMIN, new People.Filter("%", null, null), 0).people())
                .extracting(People.Listed::name).doesNotContain("Jorge Vélez");

        organisations.link(ADMIN, stranger.id(), city.id());
        assertThat(people.person(manager, stranger.id()).account().displayName()).isEqualTo("Ndèye Fall");
        person("Ndèye Fall", region.code(), stranger.subject());
        assertThat(people.person(manager, stranger.id()).organisation()).map(Organisation::id)
                .as("a later sign-in keeps the organisation an administrator chose").contains(city.id());

        organisations.removeManager(ADMIN, city.id(), focalPoint.id());
        assertThatThrownBy(() -> people.person(manager, colleague.id())).isInstanceOf(NotFound.class);
        assertThat(people.person(ADMIN, focalPoint.id()).manages()).isEmpty();
    }

    private UserAccount person(String name, String organisationCode) {
        return person(name, organisationCode, UUID.randomUUID().toString());
    }

    private UserAccount person(String name, String organisationCode, String subject) {
        String username = "p-" + subject.substring(0, 8);
        return signIn.signedIn(new IdentityClaims(subject, username, name, username + "@example.org", "es", organisationCode, "SN"), null);
    }

    private static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InputRefused.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
