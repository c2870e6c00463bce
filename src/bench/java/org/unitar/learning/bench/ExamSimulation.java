package org.unitar.learning.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * "exam", against a running platform filled by {@link DataGenerator} (its last line gives the options):
 * {@code bench.exam.users} generated learners (500) sign in first, spread over {@code bench.exam.signin} s (150; group
 * "sign-in", reported apart); then all of them start the exam quiz within 10 s, each answers one question every 5 to
 * 9 s as they go (each answer saved by the page's autosave request), opens the summary and submits, so that all
 * submit within about a minute. Afterwards it counts, in the database, the attempts started during the run: there
 * must be exactly one per learner, each graded once ("passed" or "failed" event).
 *
 * <pre>./mvnw -Pbench verify -Dbench.simulation=org.unitar.learning.bench.ExamSimulation -Dbench.exam.course=2 -Dbench.exam.lesson=...</pre>
 */
public class ExamSimulation extends Simulation {

    private static final String APP = System.getProperty("bench.app", "http://localhost:8080");
    private static final long COURSE = Long.getLong("bench.exam.course", 2);
    private static final long LESSON = Long.getLong("bench.exam.lesson", 0);
    private static final int FIRST = Integer.getInteger("bench.learn.first", 1);
    private static final int USERS = Integer.getInteger("bench.exam.users", 500);
    private static final Duration SIGN_IN = Duration.ofSeconds(Integer.getInteger("bench.exam.signin", 150));
    private static final String DB = System.getProperty("bench.db.url", "jdbc:mysql://127.0.0.1:3316/learning");

    /** When the exam starts: once every learner has signed in. */
    private static final long EXAM_STARTS = System.currentTimeMillis() + SIGN_IN.toMillis();
    private static final LocalDateTime RUN_STARTED = LocalDateTime.now(ZoneOffset.UTC);

    private final HttpProtocolBuilder protocol = http
            .baseUrl(APP)
            .acceptLanguageHeader("en")
            .acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8")
            .acceptEncodingHeader("gzip")
            .userAgentHeader("Gatling (exam benchmark)");

    private static Iterator<Map<String, Object>> learners() {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> Map.<String, Object>of("username", "bench.learner." + (FIRST + next.getAndIncrement() % USERS)))
                .iterator();
    }

    /** Until this learner's start: the exam's start and up to 10 s more. */
    private static Duration untilStart() {
        long start = EXAM_STARTS + ThreadLocalRandom.current().nextLong(10_000);
        return Duration.ofMillis(Math.max(0, start - System.currentTimeMillis()));
    }

    private static final ChainBuilder SIGN_IN_CHAIN = feed(learners()).exec(group("sign-in").on(
            exec(http("open Keycloak login").get("/login").check(css("#kc-form-login", "action").saveAs("action")))
                    .exec(http("submit password").post("#{action}")
                            .formParam("username", "#{username}")
                            .formParam("password", "demo")
                            .check(status().is(200), currentLocationRegex(".*/learn/$")))));

    private static final ChainBuilder START = exec(http("quiz page").get("/learn/quiz.xhtml?id=" + COURSE + "&lesson=" + LESSON)
            .check(status().is(200),
                    css("#startForm", "action").saveAs("form"),
                    css("#startForm input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"),
                    css("#startForm input[name='primefaces.nonce']", "value").saveAs("nonce"),
                    css("#startForm input[type=submit]", "name").saveAs("button"),
                    css("#startForm input[type=submit]", "value").saveAs("label")))
            .exec(http("start attempt").post("#{form}")
                    .formParam("startForm", "startForm")
                    .formParam("#{button}", "#{label}")
                    .formParam("primefaces.nonce", "#{nonce}")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(200), currentLocationRegex(".*/learn/attempt\\.xhtml.*"),
                            css("#attemptQuestions", "data-attempt").saveAs("attempt"),
                            css("#attemptQuestions", "data-token").saveAs("token")));

    private static final ChainBuilder ANSWER = repeat(DataGenerator.EXAM_QUESTIONS, "position").on(
            exec(session -> session).pause(Duration.ofSeconds(5), Duration.ofSeconds(9))
                    .exec(http("answer save").post("/learn/answer")
                            .header("X-Answer-Token", "#{token}")
                            .formParam("attempt", "#{attempt}")
                            .formParam("position", "#{position}")
                            .formParam("sequence", "1")
                            .formParam("value", session -> String.valueOf(ThreadLocalRandom.current().nextInt(4)))
                            .check(status().is(200), substring("\"kept\":true"))));

    private static final ChainBuilder SUBMIT = exec(http("summary page").get("/learn/attempt.xhtml?id=#{attempt}&page=summary")
            .check(status().is(200),
                    css("#summaryForm", "action").saveAs("form"),
                    css("#summaryForm input[name='token']", "value").saveAs("submitToken")))
            .exec(http("submit").post("#{form}")
                    .formParam("token", "#{submitToken}")
                    .formParam("attempt", "#{attempt}")
                    .check(status().is(200), currentLocationRegex(".*/learn/result\\.xhtml.*"), css("#score").exists()));

    private final ScenarioBuilder exam = scenario("exam, " + USERS + " learners")
            .exec(SIGN_IN_CHAIN)
            .pause(session -> untilStart())
            .exec(START)
            .exec(ANSWER)
            .exec(SUBMIT);

    {
        if (LESSON == 0) {
            throw new IllegalStateException("Give the exam's lesson: -Dbench.exam.lesson=... (DataGenerator prints it)");
        }
        setUp(exam.injectOpen(rampUsers(USERS).during(SIGN_IN.minusSeconds(20)))).protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    /** Counts what the run stored: one attempt per learner, each graded once. */
    @Override
    public void after() {
        try (Connection db = DriverManager.getConnection(DB, System.getProperty("bench.db.user", "learning"),
                System.getProperty("bench.db.password", "learning"))) {
            long attempts = count(db, "SELECT COUNT(*) FROM attempt WHERE quiz_id = ? AND started_at >= ?");
            long graded = count(db, "SELECT COUNT(*) FROM attempt WHERE quiz_id = ? AND started_at >= ? AND state = 'GRADED'");
            long learners = count(db, "SELECT COUNT(DISTINCT learner_subject) FROM attempt WHERE quiz_id = ? AND started_at >= ?");
            long events = count(db, """
                    SELECT COUNT(*) FROM learning_event WHERE object_type = 'lesson' AND object_id = ? AND occurred_at >= ?
                        AND verb IN ('PASSED', 'FAILED')""");
            boolean ok = attempts == USERS && graded == USERS && learners == USERS && events == USERS;
            System.out.printf("%nexam check: %d attempts stored by %d learners, %d graded, %d graded events (expected %d each): %s%n",
                    attempts, learners, graded, events, USERS, ok ? "OK" : "MISMATCH");
        } catch (SQLException e) {
            System.out.println("exam check: the database could not be read: " + e.getMessage());
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, LESSON);
            statement.setObject(2, RUN_STARTED);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
