package org.unitar.learning.assessment.service;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unitar.learning.assessment.ChoiceScoring;
import org.unitar.learning.assessment.ChoiceScoring.Option;
import org.unitar.learning.assessment.NumericScoring;
import org.unitar.learning.assessment.Question;
import org.unitar.learning.assessment.QuestionBank;
import org.unitar.learning.assessment.QuestionContent;
import org.unitar.learning.assessment.QuestionVersion;
import org.unitar.learning.assessment.Response;
import org.unitar.learning.catalogue.CourseDetails;
import org.unitar.learning.catalogue.EditConflict;
import org.unitar.learning.catalogue.service.CourseAuthoring;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.content.RichText;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.security.Forbidden;
import org.unitar.learning.support.ContainerTest;
import org.unitar.learning.support.CourseFixtures;
import org.unitar.learning.support.Deployments;
import org.unitar.learning.support.InContainer;
import org.unitar.learning.support.Sql;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unitar.learning.shared.i18n.ContentLanguage.ENGLISH;
import static org.unitar.learning.shared.i18n.ContentLanguage.FRENCH;

/** Question banks on the real database: versions that stay as attempts saw them, and who may see and change what. */
@ContainerTest
class QuestionBanksIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(CourseFixtures.class, QuestionBanksIT.class, Sql.class);
    }

    private final Actor owner = trainer();
    private QuestionBanks banks;
    private CourseAuthoring authoring;

    @BeforeEach
    void lookUp() {
        banks = InContainer.bean(QuestionBanks.class);
        authoring = InContainer.bean(CourseAuthoring.class);
    }

    @Test
    void aCoursesTrainerBuildsItsBankAndEditingAQuestionKeepsTheVersionAttemptsSaw() {
        long courseId = course();
        QuestionBank bank = banks.ofCourse(owner, courseId, "General");
        assertThat(banks.ofCourse(owner, courseId, "Général").id()).isEqualTo(bank.id());
        long category = banks.addCategory(owner, bank.id(), "Local integration").id();

        long questionId = banks.addQuestion(owner, category, choice("Who coordinates reception?", "Qui coordonne l'accueil ?", 0)).id();
        QuestionVersion second = banks.revise(owner, questionId, 1, choice("Who coordinates the reception of newcomers?", null, 0.5));

        Question stored = banks.question(owner, questionId);
        assertThat(stored.versions()).extracting(QuestionVersion::number).containsExactly(1, 2);
        QuestionVersion first = stored.versions().get(0);
        assertThat(RichText.excerpt(first.stem().in(FRENCH, ENGLISH), 100)).isEqualTo("Qui coordonne l'accueil ?");
        assertThat(first.stem().in(ENGLISH, ENGLISH)).isEqualTo("Who coordinates reception?");
        assertThat(first.scoring().score(Response.of("b"))).contains(0.0);
        assertThat(stored.current().id()).isEqualTo(second.id());
        assertThat(stored.current().scoring().score(Response.of("b"))).contains(0.5);
        assertThat(stored.current().parts()).extracting(p -> p.text().in(ENGLISH, ENGLISH)).containsExactly("The mayor's office", "A national agency");
        assertThat(banks.questions(owner, category)).extracting(Question::id).containsExactly(questionId);

        banks.renameCategory(owner, category, "  Integration  ");
        assertThat(banks.category(owner, category).name()).isEqualTo("Integration");
        assertThatThrownBy(() -> banks.renameCategory(owner, category, "general")).isInstanceOf(InputRefused.class);
        assertThatThrownBy(() -> banks.renameCategory(trainer(), category, "Mine")).isInstanceOf(Forbidden.class);
        assertThat(banks.category(owner, category).name()).isEqualTo("Integration");
        assertThat(Sql.number("SELECT COUNT(*) FROM question_version WHERE question_id = ?", questionId)).isEqualTo(2);
    }

    @Test
    void aSaveBasedOnAnOlderVersionOrThatCannotBeGradedWritesNothing() {
        long category = banks.ofCourse(owner, course(), "General").categories().get(0).id();
        long questionId = banks.addQuestion(owner, category, choice("Which?", null, 0)).id();
        banks.revise(owner, questionId, 1, choice("Which one?", null, 0));
        long rows = Sql.number("SELECT COUNT(*) FROM question_version");

        assertThatThrownBy(() -> banks.revise(owner, questionId, 1, choice("Which one, then?", null, 0))).isInstanceOf(EditConflict.class);
        assertThatThrownBy(() -> banks.addQuestion(owner, category, new QuestionContent(BigDecimal.ONE, Map.of(ENGLISH, "How far?"), Map.of(),
                List.of(), NumericScoring.of(List.of(new NumericScoring.Accepted(BigDecimal.TEN, new BigDecimal("-1"), 1)), List.of(), false))))
                .isInstanceOf(InputRefused.class);
        assertThatThrownBy(() -> banks.ofCourse(owner, Long.MAX_VALUE, "General")).isInstanceOf(Forbidden.class);

        assertThat(Sql.number("SELECT COUNT(*) FROM question_version")).isEqualTo(rows);
        assertThat(banks.question(owner, questionId).current().number()).isEqualTo(2);
    }

    @Test
    void anotherTrainerNeitherSeesNorChangesACoursesBank() {
        long courseId = course();
        QuestionBank bank = banks.ofCourse(owner, courseId, "General");
        long category = bank.categories().get(0).id();
        long questionId = banks.addQuestion(owner, category, choice("Which?", null, 0)).id();
        Actor other = trainer();

        assertThatThrownBy(() -> banks.ofCourse(other, courseId, "General")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> banks.readable(other, bank.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> banks.questions(other, category)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> banks.question(other, questionId)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> banks.addQuestion(other, category, choice("Mine?", null, 0))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> banks.revise(other, questionId, 1, choice("Mine?", null, 0))).isInstanceOf(Forbidden.class);
        assertThat(banks.question(new Actor(UUID.randomUUID().toString(), false, true), questionId).id()).isEqualTo(questionId);
    }

    @Test
    void aSharedBankIsReadByEveryTrainerAndChangedByItsCreatorAndAdministrators() {
        QuestionBank shared = banks.createShared(owner, "  Migration data basics  ", "Definitions", ENGLISH);
        long category = shared.categories().get(0).id();
        Actor other = trainer();
        Actor administrator = new Actor(UUID.randomUUID().toString(), false, true);
        Actor learner = new Actor(UUID.randomUUID().toString(), false, false);

        assertThat(shared.title()).isEqualTo("Migration data basics");
        assertThat(banks.shared(other)).extracting(QuestionBank::id).contains(shared.id());
        assertThat(banks.readable(other, shared.id()).title()).isEqualTo("Migration data basics");
        assertThatThrownBy(() -> banks.addCategory(other, shared.id(), "Mine")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> banks.addQuestion(other, category, choice("Mine?", null, 0))).isInstanceOf(Forbidden.class);
        assertThat(banks.addCategory(administrator, shared.id(), "Flows").name()).isEqualTo("Flows");
        assertThatThrownBy(() -> banks.addCategory(owner, shared.id(), " flows ")).isInstanceOf(InputRefused.class);
        assertThatThrownBy(() -> banks.shared(learner)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> banks.createShared(learner, "Mine", "x", ENGLISH)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> banks.createShared(owner, "No language", "x", null)).isInstanceOf(InputRefused.class);
    }

    private long course() {
        CourseDetails details = CourseFixtures.details("Reception of newcomers", 30);
        details.setLanguages(EnumSet.of(ENGLISH, FRENCH));
        return authoring.create(owner, details).id();
    }

    private static QuestionContent choice(String english, String french, double creditOfB) {
        Map<org.unitar.learning.shared.i18n.ContentLanguage, String> stem = french == null ? Map.of(ENGLISH, english)
                : Map.of(ENGLISH, english, FRENCH, french);
        return new QuestionContent(BigDecimal.ONE, stem, Map.of(ENGLISH, "<p>Cities coordinate reception.</p>"),
                List.of(new QuestionContent.Part("a", Map.of(ENGLISH, "The mayor's office"), Map.of(ENGLISH, "Yes")),
                        new QuestionContent.Part("b", Map.of(ENGLISH, "A national agency"), Map.of())),
                ChoiceScoring.single(List.of(new Option("a", 1), new Option("b", creditOfB))));
    }

    private static Actor trainer() {
        return new Actor(UUID.randomUUID().toString(), true, false);
    }
}
