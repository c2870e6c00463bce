package org.unitar.learning.learning.service;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.identity.ParticipantList;
import org.unitar.learning.identity.service.KeycloakAdmin;
import org.unitar.learning.identity.service.Organisations;
import org.unitar.learning.learning.EditionDetails;
import org.unitar.learning.learning.EnrolmentRefused;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.support.ContainerTest;
import org.unitar.learning.support.CourseFixtures;
import org.unitar.learning.support.Deployments;
import org.unitar.learning.support.InContainer;
import org.unitar.learning.support.Inbox;
import org.unitar.learning.support.Sql;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A workshop's participant list imported into an edition against the real Keycloak: new people created there and
 * here and enrolled; the same list again changes nothing; a list that fails half-way leaves neither store changed;
 * a list with bad rows writes nothing.
 */
@ContainerTest
class ParticipantsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(ParticipantsIT.class, CourseFixtures.class, Sql.class, Inbox.class);
    }

    private final Actor owner = new Actor(UUID.randomUUID().toString(), true, false);
    private final Actor admin = new Actor(UUID.randomUUID().toString(), false, true);
    private Participants participants;
    private Enrolments enrolments;
    private KeycloakAdmin keycloak;
    private Organisations organisations;

    @BeforeEach
    void lookUp() {
        participants = InContainer.bean(Participants.class);
        enrolments = InContainer.bean(Enrolments.class);
        keycloak = InContainer.bean(KeycloakAdmin.class);
        organisations = InContainer.bean(Organisations.class);
    }

    @Test
    void newPeopleAreCreatedInKeycloakAndHereAndEnrolledAndTheSameListAgainChangesNothing() throws Exception {
        long edition = edition(null);
        String fatou = email("fatou");
        String ali = email("ali");
        ParticipantList list = list(row(fatou, "Fatou", "Ndiaye", "CIFAL-DURBAN", "SN", "fr"), row(ali, "Ali", "Benali", "", "MA", ""));

        assertThat(participants.preview(admin, edition, list)).extracting(Participants.Planned::outcome)
                .containsOnly(Participants.Outcome.NEW);
        Participants.Imported first = participants.importList(admin, edition, list);

        assertThat(first).isEqualTo(new Participants.Imported(2, 0, 2, 0));
        String fatouId = keycloak.userWithEmail(fatou).orElseThrow();
        assertThat(Sql.rows("SELECT u.display_name, u.last_sign_in_at, o.code FROM user_account u"
                + " LEFT JOIN organisation o ON o.id = u.organisation_id WHERE u.subject = ?", fatouId))
                .singleElement().satisfies(r -> {
                    assertThat(r.get(0)).isEqualTo("Fatou Ndiaye");
                    assertThat(r.get(1)).as("not signed in yet").isNull();
                    assertThat(r.get(2)).isEqualTo("CIFAL-DURBAN");
                });
        assertThat(Sql.number("SELECT COUNT(*) FROM enrolment WHERE edition_id = ? AND status = 'ACTIVE'", edition)).isEqualTo(2);
        assertThat(Inbox.await(fatou, mail -> mail.body().contains("action-token"))).as("Keycloak asks her to set a password").isNotEmpty();

        assertThat(participants.preview(admin, edition, list)).extracting(Participants.Planned::outcome)
                .containsOnly(Participants.Outcome.ENROLLED);
        Participants.Imported again = participants.importList(admin, edition, list);

        assertThat(again).isEqualTo(new Participants.Imported(0, 2, 0, 2));
        assertThat(Sql.number("SELECT COUNT(*) FROM user_account WHERE email IN (?, ?)", fatou, ali)).isEqualTo(2);
        assertThat(Sql.number("SELECT COUNT(*) FROM enrolment WHERE edition_id = ?", edition)).isEqualTo(2);
    }

    @Test
    void anImportThatFailsHalfWayLeavesBothStoresAsTheyWere() {
        long edition = edition(1);
        String first = email("first");
        String second = email("second");
        ParticipantList list = list(row(first, "Awa", "Diallo", "", "SN", ""), row(second, "Moussa", "Ba", "", "SN", ""));

        assertThatThrownBy(() -> participants.importList(admin, edition, list)).isInstanceOf(EnrolmentRefused.class);

        assertThat(keycloak.userWithEmail(first)).as("the Keycloak user made for the first row is deleted").isEmpty();
        assertThat(keycloak.userWithEmail(second)).isEmpty();
        assertThat(Sql.number("SELECT COUNT(*) FROM user_account WHERE email IN (?, ?)", first, second)).isZero();
        assertThat(Sql.number("SELECT COUNT(*) FROM enrolment WHERE edition_id = ?", edition)).isZero();
    }

    @Test
    void aListWithABadRowIsRefusedAndOnlyAdministratorsImport() {
        long edition = edition(null);
        String good = email("good");
        ParticipantList list = list(row(good, "Good", "Row", "", "SN", ""), row("bad-email", "Bad", "Row", "", "SN", ""));

        assertThatThrownBy(() -> participants.importList(admin, edition, list)).isInstanceOfSatisfying(InputRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("participants.notImportable"));
        assertThat(keycloak.userWithEmail(good)).isEmpty();
        ParticipantList fine = list(row(good, "Good", "Row", "", "SN", ""));
        assertThatThrownBy(() -> participants.importList(owner, edition, fine)).isInstanceOf(Forbidden.class);
        assertThat(keycloak.userWithEmail(good)).isEmpty();
    }

    private ParticipantList list(List<String>... rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(List.of("email", "first name", "last name", "organisation", "country", "language"));
        all.addAll(List.of(rows));
        return ParticipantList.read(all, code -> organisations.byCode(code).isPresent());
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    private static String email(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A published course and a workshop edition of it with {@code capacity} places (null: no limit). */
    private long edition(Integer capacity) {
        long courseId = CourseFixtures.onePage(InContainer.bean(CourseAuthoring.class), owner, "Local integration workshop", 60).courseId();
        EditionDetails details = new EditionDetails();
        details.setName("Dakar workshop");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        details.setStartsOn(today.plusDays(10));
        details.setEndsOn(today.plusDays(12));
        details.setCapacity(capacity);
        return enrolments.schedule(owner, courseId, details).id();
    }
}
