package org.unitar.learning.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.unitar.learning.shared.persistence.LearningDataSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The learners' load, against a running platform filled by {@link DataGenerator} (its last lines give the options):
 *
 * <ol>
 *   <li>learn: {@code bench.learn.users} generated learners (2,000) sign in first, spread over
 *       {@code bench.learn.signin} s (360; group "sign-in", reported apart: Keycloak on the same two cores cannot take
 *       2,000 sign-ins in two minutes); then they start learning, ramped over {@code bench.learn.ramp} s (120), and
 *       for {@code bench.learn.hold} s (600) more each repeats: open the course outline, open the lesson it offers to
 *       continue, mark it complete (a progress save), go to the next one (a progress save: the time spent, then the
 *       next lesson), with a pause of 5 to 15 s before each step;</li>
 *   <li>ceiling: no pauses, {@code bench.ceiling} concurrent learners per step (for example 8,16,32,64), 60 s each:
 *       open a lesson, then "next" (the progress save); each step's requests are named with its number of learners.
 *       The step with {@value LearningDataSource#MAX_POOL_SIZE} learners (the connection pool's size) is the one to
 *       compare with the JDBC insert baseline, which uses as many threads.</li>
 * </ol>
 * {@code -Dbench.learn.only=ceiling} runs the ceiling alone (its learners sign in first, not measured).
 */
public class LearnSimulation extends Simulation {

    private static final String APP = System.getProperty("bench.app", "http://localhost:8080");
    private static final long COURSE = Long.getLong("bench.learn.course", 2);
    private static final int FIRST = Integer.getInteger("bench.learn.first", 1);
    private static final int USERS = Integer.getInteger("bench.learn.users", 2_000);
    private static final Duration SIGN_IN = Duration.ofSeconds(Integer.getInteger("bench.learn.signin", 360));
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("bench.learn.ramp", 120));
    private static final Duration HOLD = Duration.ofSeconds(Integer.getInteger("bench.learn.hold", 600));
    private static final String ONLY = System.getProperty("bench.learn.only", "");
    private static final List<Integer> CEILING = Stream.of(System.getProperty("bench.ceiling", "8,16,32").split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    private static final Duration STEP = Duration.ofSeconds(Integer.getInteger("bench.ceiling.seconds", 60));

    private final HttpProtocolBuilder protocol = http
            .baseUrl(APP)
            .acceptLanguageHeader("en")
            .acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8")
            .acceptEncodingHeader("gzip")
            .userAgentHeader("Gatling (learn benchmark)");

    /** Each virtual user signs in as the next generated learner, round the list if there are more users than learners. */
    private static Iterator<Map<String, Object>> learners() {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> {
            int n = next.getAndIncrement();
            return Map.<String, Object>of("username", "bench.learner." + (FIRST + n % USERS), "index", n % USERS);
        }).iterator();
    }

    /** When learning starts: once every learner has signed in, then the ramp (set when the simulation is built). */
    private static final long LEARNING_STARTS = System.currentTimeMillis() + SIGN_IN.toMillis();

    /** Until this learner's turn in the ramp: learner i of n starts i/n of the ramp after learning starts. */
    private static Duration untilTurn(int index) {
        long turn = LEARNING_STARTS + RAMP.toMillis() * index / USERS;
        return Duration.ofMillis(Math.max(0, turn - System.currentTimeMillis()));
    }

    private static ChainBuilder signIn(String group) {
        return feed(learners()).exec(group(group).on(
                exec(http("open Keycloak login").get("/login").check(css("#kc-form-login", "action").saveAs("action")))
                        .exec(http("submit password").post("#{action}")
                                .formParam("username", "#{username}")
                                .formParam("password", "demo")
                                .check(status().is(200), currentLocationRegex(".*/learn/$")))));
    }

    /** Opens the lesson the outline offers, keeping what its form posts back (the progress endpoint's fields). */
    private static ChainBuilder openLesson(String name) {
        return exec(http(name).get("#{lesson}").check(status().is(200),
                css("#lessonForm", "action").saveAs("form"),
                css("input[name='token']", "value").saveAs("token"),
                css("input[name='course']", "value").saveAs("course"),
                css("input[name='lesson']", "value").saveAs("lessonId"),
                css("input[name='visit']", "value").saveAs("visit"),
                css("#markComplete", "value").optional().saveAs("mark"),
                css("#next", "value").optional().saveAs("next")));
    }

    /** A progress save: the lesson form posted with one of its buttons ({@code field=value}), then where it sends. */
    private static ChainBuilder post(String name, String field, String value) {
        return exec(http(name).post("#{form}")
                .formParam("token", "#{token}")
                .formParam("course", "#{course}")
                .formParam("lesson", "#{lessonId}")
                .formParam("visit", "#{visit}")
                .formParam(field, value)
                .check(status().is(200)));
    }

    private static ChainBuilder outline(String name) {
        return exec(http(name).get("/learn/course.xhtml?id=" + COURSE)
                .check(status().is(200), css("#continue", "href").saveAs("lesson")));
    }

    private static ChainBuilder pause() {
        return exec(session -> session).pause(Duration.ofSeconds(5), Duration.ofSeconds(15));
    }

    private final ScenarioBuilder learn = scenario("learn, " + USERS + " learners, 5-15 s pauses")
            .exec(signIn("sign-in"))
            .pause(session -> untilTurn(session.getInt("index")))
            .during(HOLD).on(
                    pause().exec(outline("course outline"))
                            .exec(pause()).exec(openLesson("lesson page"))
                            .doIf(session -> session.contains("mark")).then(
                                    pause().exec(post("progress save (mark complete)", "action", "#{mark}"))
                                            .exec(session -> session.remove("mark")))
                            .doIf(session -> session.contains("next")).then(
                                    pause().exec(post("progress save (next) + next lesson", "go", "#{next}"))
                                            .exec(session -> session.remove("next"))));

    private ScenarioBuilder ceiling(int users) {
        String step = " [" + users + "]";
        return scenario("ceiling, " + users + " learners, no pause")
                .exec(signIn("ceiling sign-in" + step))
                .exec(outline("ceiling outline" + step))
                .during(STEP).on(
                        openLesson("ceiling lesson page" + step)
                                .doIfOrElse(session -> session.contains("next"))
                                .then(post("ceiling progress save (next)" + step, "go", "#{next}")
                                        .exec(session -> session.remove("next")))
                                .orElse(outline("ceiling outline" + step)));
    }

    {
        List<PopulationBuilder> steps = new ArrayList<>();
        if (!ONLY.equals("ceiling")) {
            steps.add(learn.injectOpen(rampUsers(USERS).during(SIGN_IN.minusSeconds(30))));
        }
        CEILING.forEach(users -> steps.add(ceiling(users).injectOpen(atOnceUsers(users))));
        PopulationBuilder chain = steps.get(0);
        for (PopulationBuilder next : steps.subList(1, steps.size())) {
            chain = chain.andThen(next);
        }
        setUp(chain).protocols(protocol).assertions(global().failedRequests().percent().lt(1.0));
    }
}
