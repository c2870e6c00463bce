package org.unitar.learning.reporting;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.certification.service.Certificates;
import org.unitar.learning.identity.IdentityClaims;
import org.unitar.learning.identity.Organisation;
import org.unitar.learning.identity.OrganisationKind;
import org.unitar.learning.identity.service.Organisations;
import org.unitar.learning.identity.service.SignIn;
import org.unitar.learning.learning.service.Enrolments;
import org.unitar.learning.learning.service.Learning;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.support.ContainerTest;
import org.unitar.learning.support.CourseFixtures;
import org.unitar.learning.support.Deployments;
import org.unitar.learning.support.InContainer;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unitar.learning.shared.i18n.ContentLanguage.ENGLISH;

/**
 * Reports on data made for the test, against totals worked out by hand: five learners in two countries and two
 * organisations enrol in a course, three complete it, two get a certificate.
 */
@ContainerTest
class ReportsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(ReportsIT.class, CourseFixtures.class);
    }

    private final Actor owner = new Actor(UUID.randomUUID().toString(), true, false);
    private final Actor admin = new Actor(UUID.randomUUID().toString(), false, true);
    private Reports reports;

    @BeforeEach
    void lookUp() {
        reports = InContainer.bean(Reports.class);
    }

    @Test
    void countsAndRatesMatchWhatHappened() {
        Organisations organisations = InContainer.bean(Organisations.class);
        Organisation dakar = organisations.create(admin, code(), "Ville de Dakar", OrganisationKind.CITY, "SN");
        Organisation quito = organisations.create(admin, code(), "Municipio de Quito", OrganisationKind.CITY, "EC");
        CourseFixtures.OnePage built = CourseFixtures.onePage(InContainer.bean(CourseAuthoring.class), owner, "Data on migration for cities", 30);
        long courseId = built.courseId();
        Enrolments enrolments = InContainer.bean(Enrolments.class);
        Learning learning = InContainer.bean(Learning.class);
        Certificates certificates = InContainer.bean(Certificates.class);
        long edition = enrolments.editions(courseId).get(0).id();
        Object[][] people = {{"SN", dakar, true, true}, {"SN", dakar, true, true}, {"SN", dakar, false, false},
                {"EC", quito, true, false}, {"EC", quito, false, false}};
        for (Object[] p : people) {
            Actor learner = learner((String) p[0], ((Organisation) p[1]).code());
            enrolments.join(learner, edition);
            if ((boolean) p[2]) {
                learning.open(learner, courseId, built.lessonId(), ENGLISH);
            }
            if ((boolean) p[3]) {
                certificates.issue(admin, enrolments.find(learner.subject(), courseId).orElseThrow().id());
            }
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String month = today.toString().substring(0, 7);
        Reports.Filter course = new Reports.Filter(today, today, courseId, null, null);

        assertThat(reports.months(admin, course)).containsExactly(new Reports.Month(month, 5, 3, 2));
        assertThat(reports.completion(admin, course, "course")).singleElement().satisfies(r -> {
            assertThat(r.enrolled()).isEqualTo(5);
            assertThat(r.completed()).isEqualTo(3);
            assertThat(r.percent()).isEqualTo(60);
        });
        assertThat(reports.completion(admin, course, "country")).extracting(Reports.Rate::key, Reports.Rate::enrolled, Reports.Rate::completed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SN", 3L, 2L), org.assertj.core.groups.Tuple.tuple("EC", 2L, 1L));
        assertThat(reports.completion(admin, course, "organisation")).extracting(Reports.Rate::label, Reports.Rate::percent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ville de Dakar", 66), org.assertj.core.groups.Tuple.tuple("Municipio de Quito", 50));
        assertThat(reports.completion(admin, course, "edition")).singleElement().satisfies(r -> assertThat(r.enrolled()).isEqualTo(5));
        assertThat(reports.months(admin, new Reports.Filter(today, today, courseId, "EC", null)))
                .containsExactly(new Reports.Month(month, 2, 1, 0));
        assertThat(reports.months(admin, new Reports.Filter(today, today, courseId, null, dakar.id())))
                .containsExactly(new Reports.Month(month, 3, 2, 2));
        assertThat(reports.months(admin, new Reports.Filter(today.plusDays(1), null, courseId, null, null))).isEmpty();
        assertThat(reports.scores(admin, course)).hasSize(10).allSatisfy(b -> assertThat(b.attempts()).isZero());

        assertThat(reports.months(owner, course)).as("the course's trainer sees it").hasSize(1);
        Actor otherTrainer = new Actor(UUID.randomUUID().toString(), true, false);
        assertThatThrownBy(() -> reports.months(otherTrainer, course)).isInstanceOf(Forbidden.class);
        assertThat(reports.months(otherTrainer, new Reports.Filter(today, today, null, null, null)))
                .as("a trainer without courses sees no figures").isEmpty();
        assertThatThrownBy(() -> reports.months(new Actor(UUID.randomUUID().toString(), false, false), course))
                .isInstanceOf(Forbidden.class);
    }

    private Actor learner(String country, String organisation) {
        String subject = UUID.randomUUID().toString();
        String user = "r" + subject.substring(0, 8);
        InContainer.bean(SignIn.class).signedIn(new IdentityClaims(subject, user, "Learner " + user, user + "@example.org", "en",
                organisation, country), null);
        return new Actor(subject, false, false);
    }

    private static String code() {
        return "R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
