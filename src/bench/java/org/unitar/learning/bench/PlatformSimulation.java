package org.unitar.learning.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Load against a running platform ({@code ./mvnw -Prun} in another terminal), one scenario after another so that
 * each is measured alone. Gatling prints p50/p95/p99 and requests per second for every request name; the static
 * resource is the baseline the pages are compared with (same server, same run, no application code).
 *
 * <ol>
 *   <li>warm-up: {@code bench.users} users, no pause, 10 s, home page and static resource (not compared);</li>
 *   <li>static resource ({@code app.css}): {@code bench.users} users, no pause, {@code bench.seconds} s;</li>
 *   <li>public home page: {@code bench.users} users, no pause, {@code bench.seconds} s;</li>
 *   <li>signed-in learner home: {@code bench.users} demo learners first sign in through Keycloak's login page
 *       (requests in the group "sign-in", reported apart), then each opens "My learning" with a 1 s pause, for
 *       {@code bench.seconds} s;</li>
 *   <li>course editor: {@code bench.users} sessions of the demo course's owner sign in (group "trainer sign-in"), then
 *       each opens the outline of course {@code bench.course} (the demo course, 4 modules and 11 lessons) and the
 *       editor of one of its lessons, with a 1 s pause, for {@code bench.seconds} s;</li>
 *   <li>browse: {@code bench.users} visitors, not signed in, search the public catalogue (words in English, French,
 *       Spanish, Arabic and Chinese, in the reader's language, some with a filter), with a 1 s pause, for
 *       {@code bench.seconds} s. With {@link DataGenerator}'s 1,000 courses this is the catalogue-search figure.</li>
 * </ol>
 * Later features add their scenarios here, each stating its users, pauses and duration.
 */
public class PlatformSimulation extends Simulation {

    private static final String APP = System.getProperty("bench.app", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("bench.users", 10);
    private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final long COURSE = Long.getLong("bench.course", 1);
    private static final String STATIC_RESOURCE = "/jakarta.faces.resource/css/app.css.xhtml";

    /** The demo learners of config/keycloak/unitar-realm.json. */
    private static final FeederBuilder<Object> LEARNERS = listFeeder(List.of(
            Map.<String, Object>of("username", "aminata.diop"),
            Map.<String, Object>of("username", "youssef.alaoui"),
            Map.<String, Object>of("username", "maria.hernandez"),
            Map.<String, Object>of("username", "maricel.delacruz"),
            Map.<String, Object>of("username", "layla.haddad"),
            Map.<String, Object>of("username", "andres.quishpe"))).circular();

    /** The demo trainer who owns the demo course (other trainers may not open its editor). */
    private static final FeederBuilder<Object> TRAINERS = listFeeder(List.of(
            Map.<String, Object>of("username", "awa.ouedraogo"))).circular();

    /** Searches in the catalogue: words, a filter (or the first page), and the reader's language (Accept-Language). */
    private static final FeederBuilder<Object> SEARCHES = listFeeder(List.of(
            Map.<String, Object>of("q", "migration", "lang", "en", "filter", "page", "value", "1"),
            Map.<String, Object>of("q", "local governments", "lang", "en", "filter", "format", "value", "SELF_PACED"),
            Map.<String, Object>of("q", "intégration", "lang", "fr", "filter", "page", "value", "1"),
            Map.<String, Object>of("q", "guide pratique", "lang", "fr", "filter", "language", "value", "fr"),
            Map.<String, Object>of("q", "diáspora", "lang", "es", "filter", "page", "value", "1"),
            Map.<String, Object>of("q", "gobiernos locales", "lang", "es", "filter", "length", "value", "ONE_TO_FIVE_HOURS"),
            Map.<String, Object>of("q", "الهجرة", "lang", "ar", "filter", "page", "value", "1"),
            Map.<String, Object>of("q", "السلطات المحلية", "lang", "ar", "filter", "topic", "value", "DIASPORA_ENGAGEMENT"),
            Map.<String, Object>of("q", "地方政府", "lang", "en", "filter", "language", "value", "zh"),
            Map.<String, Object>of("q", "", "lang", "en", "filter", "topic", "value", "DATA_EVIDENCE"))).random();

    /** No browser cache: every request reaches the server (a cached static resource would not be measured). */
    private final HttpProtocolBuilder protocol = http
            .baseUrl(APP)
            .disableCaching()
            .acceptLanguageHeader("en")
            .acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8")
            .userAgentHeader("Gatling (platform benchmark)");

    private static final ChainBuilder HOME = exec(http("home page").get("/").check(status().is(200)));
    private static final ChainBuilder STATIC = exec(http("static resource").get(STATIC_RESOURCE).check(status().is(200)));

    private static final ChainBuilder SIGN_IN = feed(LEARNERS).exec(group("sign-in").on(
            exec(http("open Keycloak login").get("/login").check(css("#kc-form-login", "action").saveAs("action")))
                    .exec(http("submit password").post("#{action}")
                            .formParam("username", "#{username}")
                            .formParam("password", "demo")
                            .check(status().is(200), currentLocationRegex(".*/learn/$")))));

    private static final ChainBuilder TRAINER_SIGN_IN = feed(TRAINERS).exec(group("trainer sign-in").on(
            exec(http("open Keycloak login (trainer)").get("/login").check(css("#kc-form-login", "action").saveAs("action")))
                    .exec(http("submit password (trainer)").post("#{action}")
                            .formParam("username", "#{username}")
                            .formParam("password", "demo")
                            .check(status().is(200), currentLocationRegex(".*/author/$")))));

    private static ChainBuilder feed(FeederBuilder<Object> feeder) {
        return exec(io.gatling.javaapi.core.CoreDsl.feed(feeder));
    }

    private final ScenarioBuilder warmUp = scenario("warm-up").during(WARM_UP).on(
            exec(http("warm-up home page").get("/")).exec(http("warm-up static resource").get(STATIC_RESOURCE)));

    private final ScenarioBuilder staticResource = scenario("static resource, " + USERS + " users, no pause")
            .during(MEASURED).on(STATIC);

    private final ScenarioBuilder homePage = scenario("public home page, " + USERS + " users, no pause")
            .during(MEASURED).on(HOME);

    private final ScenarioBuilder learnerHome = scenario("learner home, " + USERS + " signed-in users, 1 s pause")
            .exec(SIGN_IN)
            .during(MEASURED).on(exec(http("learner home").get("/learn/").check(status().is(200))).pause(Duration.ofSeconds(1)));

    private final ScenarioBuilder courseEditor = scenario("course editor, " + USERS + " signed-in trainers, 1 s pause")
            .exec(TRAINER_SIGN_IN)
            .exec(http("course outline (first)").get("/author/course/outline.xhtml?id=" + COURSE)
                    .check(status().is(200), css(".outline__lesson", "data-lesson").saveAs("lesson")))
            .during(MEASURED).on(
                    exec(http("course outline").get("/author/course/outline.xhtml?id=" + COURSE).check(status().is(200)))
                            .pause(Duration.ofSeconds(1))
                            .exec(http("lesson editor").get("/author/course/lesson.xhtml?id=" + COURSE + "&lesson=#{lesson}").check(status().is(200)))
                            .pause(Duration.ofSeconds(1)));

    private final ScenarioBuilder browse = scenario("catalogue search, " + USERS + " visitors, 1 s pause")
            .during(MEASURED).on(feed(SEARCHES)
                    .exec(http("catalogue search").get("/catalogue/").queryParam("q", "#{q}").queryParam("#{filter}", "#{value}")
                            .header("Accept-Language", "#{lang}")
                            .check(status().is(200), css("#resultCount").exists()))
                    .pause(Duration.ofSeconds(1)));

    {
        setUp(warmUp.injectOpen(atOnceUsers(USERS))
                .andThen(staticResource.injectOpen(atOnceUsers(USERS)))
                .andThen(homePage.injectOpen(atOnceUsers(USERS)))
                .andThen(learnerHome.injectOpen(atOnceUsers(USERS)))
                .andThen(courseEditor.injectOpen(atOnceUsers(USERS)))
                .andThen(browse.injectOpen(atOnceUsers(USERS))))
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lt(1.0));
    }
}
