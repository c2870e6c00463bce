package org.unitar.learning.bench;

import org.unitar.learning.catalogue.SearchText;
import org.unitar.learning.catalogue.Topic;
import org.unitar.learning.shared.i18n.ContentLanguage;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.Messages;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Fills a running platform's database (and Keycloak) for the benchmarks: {@code bench.courses} published courses
 * (three modules of four lessons each, in English and some of French, Spanish, Arabic, Chinese and Russian, each
 * with its catalogue rows and open-ended edition), {@code bench.learners} learners who exist only in the database,
 * enrolled in two courses each, with about {@code bench.events} learning events and the progress they made; and
 * {@code bench.keycloak.users} learners who also exist in Keycloak (user names {@code bench.learner.1}... password
 * {@code demo}), enrolled in the first generated course: the ones the "learn" scenario signs in as (the local realm's
 * password hashing is set to PBKDF2 with 1,000 iterations for them: see {@link #cheapPasswordHashing}); and in that
 * course an exam quiz for the "exam" scenario ({@link #examQuiz}). Repeatable:
 * each run adds a new batch. Seeded, so two runs of the same size are alike.
 *
 * <pre>./mvnw -Pbench test-compile exec:java -Dexec.mainClass=org.unitar.learning.bench.DataGenerator -Dexec.classpathScope=test</pre>
 */
public final class DataGenerator {

    static final String OWNER = "bench-generator";
    private static final int MODULES = 3;
    private static final int LESSONS = 4;
    private static final int BATCH = 2_000;
    static final int EXAM_QUESTIONS = 6;
    private static final List<ContentLanguage> OPTIONAL = List.of(ContentLanguage.FRENCH, ContentLanguage.SPANISH,
            ContentLanguage.ARABIC, ContentLanguage.CHINESE, ContentLanguage.RUSSIAN);

    private final Connection db;
    private final Random random = new Random(20261130);
    private final LocalDateTime now = LocalDateTime.now();
    private long nextText;
    private final Map<ContentLanguage, Messages> bundles = new EnumMap<>(ContentLanguage.class);

    private DataGenerator(Connection db) {
        this.db = db;
        for (ContentLanguage language : ContentLanguage.values()) {
            bundles.put(language, Messages.in(Language.forTag(language.code()).orElse(Language.DEFAULT)));
        }
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.db.url", "jdbc:mysql://127.0.0.1:3316/learning")
                + "?rewriteBatchedStatements=true";
        int courses = Integer.getInteger("bench.courses", 1_000);
        int learners = Integer.getInteger("bench.learners", 50_000);
        int events = Integer.getInteger("bench.events", 1_000_000);
        int keycloakUsers = Integer.getInteger("bench.keycloak.users", 2_000);
        try (Connection db = DriverManager.getConnection(url, System.getProperty("bench.db.user", "learning"),
                System.getProperty("bench.db.password", "learning"))) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                // rows go in batches, a table at a time: a child batch may be sent before its parents' (all in one
                // transaction per part, consistent when committed)
                sql.execute("SET FOREIGN_KEY_CHECKS = 0");
            }
            DataGenerator generator = new DataGenerator(db);
            long started = System.nanoTime();
            List<Course> made = generator.courses(courses);
            System.out.printf("courses: %d published (ids %d to %d) in %.1f s%n", made.size(), made.get(0).id,
                    made.get(made.size() - 1).id, (System.nanoTime() - started) / 1e9);
            long examLesson = generator.examQuiz(made.get(0));
            System.out.printf("exam quiz: lesson %d of course %d (%d questions, all on one page)%n", examLesson, made.get(0).id,
                    EXAM_QUESTIONS);
            started = System.nanoTime();
            long stored = generator.learners(learners, events, made);
            System.out.printf("learners: %d in the database only, %d learning events, in %.1f s%n", learners, stored,
                    (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            List<String> usernames = generator.keycloakLearners(keycloakUsers, made.get(0));
            System.out.printf("Keycloak learners: %d (%s to %s, password demo), enrolled in course %d, in %.1f s%n",
                    usernames.size(), usernames.get(0), usernames.get(usernames.size() - 1), made.get(0).id,
                    (System.nanoTime() - started) / 1e9);
            String first = usernames.get(0).substring(usernames.get(0).lastIndexOf('.') + 1);
            System.out.printf("%nFor the learn scenario: -Dbench.learn.course=%d -Dbench.learn.first=%s -Dbench.learn.users=%d%n",
                    made.get(0).id, first, usernames.size());
            System.out.printf("For the exam scenario: -Dbench.exam.course=%d -Dbench.exam.lesson=%d -Dbench.learn.first=%s%n",
                    made.get(0).id, examLesson, first);
        }
    }

    // --- courses ----------------------------------------------------------------------------------------------------

    record Course(long id, List<Long> lessons) {
    }

    private List<Course> courses(int count) throws SQLException {
        long course = max("course") + 1;
        long revision = max("course_revision") + 1;
        long module = max("course_module") + 1;
        long moduleContent = max("module_content") + 1;
        long lesson = max("lesson") + 1;
        long lessonContent = max("lesson_content") + 1;
        long edition = max("edition") + 1;
        nextText = max("translated_text") + 1;
        List<Course> made = new ArrayList<>();
        try (Batch texts = new Batch("INSERT INTO translated_text (id, version) VALUES (?, 0)");
             Batch values = new Batch("INSERT INTO translated_text_value (text_id, language, value) VALUES (?, ?, ?)");
             Batch courses = new Batch("""
                     INSERT INTO course (id, owner_subject, status, default_language, revision_count, created_at, version)
                     VALUES (?, ?, 'PUBLISHED', 'en', 1, ?, 0)""");
             Batch revisions = new Batch("""
                     INSERT INTO course_revision (id, course_id, number, title_id, summary_id, description_id, estimated_minutes,
                         cifal_centre, format, enrolment, created_at, created_by, updated_at, updated_by, published_at, published_by, version)
                     VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, 0)""");
             Batch languages = new Batch("INSERT INTO course_revision_language (revision_id, language) VALUES (?, ?)");
             Batch topics = new Batch("INSERT INTO course_revision_topic (revision_id, topic) VALUES (?, ?)");
             Batch modules = new Batch("INSERT INTO course_module (id, course_id) VALUES (?, ?)");
             Batch moduleContents = new Batch("""
                     INSERT INTO module_content (id, revision_id, module_id, position, title_id, summary_id, opening, updated_at, version)
                     VALUES (?, ?, ?, ?, ?, ?, 'AT_ONCE', ?, 0)""");
             Batch lessons = new Batch("INSERT INTO lesson (id, course_id) VALUES (?, ?)");
             Batch lessonContents = new Batch("""
                     INSERT INTO lesson_content (id, module_content_id, lesson_id, position, kind, title_id, body_id,
                         estimated_minutes, required, completion, updated_at, version)
                     VALUES (?, ?, ?, ?, 'PAGE', ?, ?, ?, TRUE, 'LEARNER_MARKS', ?, 0)""");
             Batch search = new Batch("""
                     INSERT INTO course_search (course_id, language, revision_id, title_sort, languages, topics, format, minutes)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
             Batch searchWords = new Batch("INSERT INTO course_search_words (course_id, words) VALUES (?, ?)");
             Batch editions = new Batch("""
                     INSERT INTO edition (id, course_id, name, open_ended, created_at, created_by, version)
                     VALUES (?, ?, 'Self-paced', TRUE, ?, ?, 0)""")) {
            for (int n = 0; n < count; n++, course++, revision++, edition++) {
                List<ContentLanguage> offered = new ArrayList<>(List.of(ContentLanguage.ENGLISH));
                OPTIONAL.stream().filter(l -> random.nextInt(3) > 0).forEach(offered::add);
                Topic topic = Topic.values()[random.nextInt(Topic.values().length)];
                Topic second = Topic.values()[random.nextInt(Topic.values().length)];
                String format = random.nextInt(4) == 0 ? "BLENDED_WORKSHOP" : "SELF_PACED";
                int minutes = MODULES * LESSONS * (5 + random.nextInt(30));
                Map<ContentLanguage, String> titles = new EnumMap<>(ContentLanguage.class);
                Map<ContentLanguage, String> summaries = new EnumMap<>(ContentLanguage.class);
                for (ContentLanguage l : offered) {
                    titles.put(l, Texts.title(l, topicName(l, topic), n + 1));
                    summaries.put(l, Texts.summary(l, topicName(l, second)));
                }
                long title = text(texts, values, titles);
                long summary = text(texts, values, summaries);
                long description = text(texts, values, Map.of(ContentLanguage.ENGLISH, "<p>" + summaries.get(ContentLanguage.ENGLISH) + "</p>"));
                courses.add(course, OWNER, now);
                revisions.add(revision, course, title, summary, description, minutes, "CIFAL-DURBAN", format, now, OWNER,
                        now, OWNER, now, OWNER);
                for (ContentLanguage l : offered) {
                    languages.add(revision, l.code());
                }
                topics.add(revision, topic.name());
                if (second != topic) {
                    topics.add(revision, second.name());
                }
                List<Long> lessonIds = new ArrayList<>();
                for (int m = 0; m < MODULES; m++, module++, moduleContent++) {
                    modules.add(module, course);
                    moduleContents.add(moduleContent, revision, module, m,
                            text(texts, values, Map.of(ContentLanguage.ENGLISH, "Module " + (m + 1))),
                            text(texts, values, Map.of(ContentLanguage.ENGLISH, "")), now);
                    for (int l = 0; l < LESSONS; l++, lesson++, lessonContent++) {
                        lessons.add(lesson, course);
                        lessonContents.add(lessonContent, moduleContent, lesson, l,
                                text(texts, values, Map.of(ContentLanguage.ENGLISH, "Lesson " + (m + 1) + "." + (l + 1))),
                                text(texts, values, Map.of(ContentLanguage.ENGLISH, Texts.BODY)), minutes / (MODULES * LESSONS), now);
                        lessonIds.add(lesson);
                    }
                }
                String offeredCodes = offered.stream().map(ContentLanguage::code).sorted().collect(Collectors.joining(",", ",", ","));
                String topicNames = (second == topic ? List.of(topic.name()) : List.of(topic.name(), second.name())).stream()
                        .sorted().collect(Collectors.joining(",", ",", ","));
                Set<String> words = new LinkedHashSet<>();
                for (ContentLanguage reader : ContentLanguage.values()) {
                    String shown = titles.getOrDefault(reader, titles.get(ContentLanguage.ENGLISH));
                    words.add(SearchText.fold(shown));
                    words.add(SearchText.fold(summaries.getOrDefault(reader, summaries.get(ContentLanguage.ENGLISH))));
                    words.add(SearchText.fold(topicName(reader, topic)));
                    words.add(SearchText.fold(topicName(reader, second)));
                    search.add(course, reader.code(), revision, SearchText.fold(shown), offeredCodes, topicNames, format, minutes);
                }
                searchWords.add(course, String.join(" | ", words));
                editions.add(edition, course, now, OWNER);
                made.add(new Course(course, lessonIds));
            }
            for (Batch batch : List.of(texts, values, courses, revisions, languages, topics, modules, moduleContents,
                    lessons, lessonContents, search, searchWords, editions)) {
                batch.flush();
            }
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("UPDATE course c JOIN course_revision r ON r.course_id = c.id SET c.published_revision_id = r.id"
                        + " WHERE c.owner_subject = '" + OWNER + "' AND c.published_revision_id IS NULL");
            }
            db.commit();
        }
        return made;
    }

    /**
     * The exam: a quiz added as the last lesson of the course's first module (open at once, not required), asking
     * {@value #EXAM_QUESTIONS} single-choice questions of the course's bank, all on one page, 30 minutes, pass mark 50 %.
     */
    private long examQuiz(Course course) throws SQLException {
        long moduleContent = number("SELECT mc.id FROM module_content mc JOIN course_revision r ON r.id = mc.revision_id"
                + " WHERE r.course_id = " + course.id + " AND mc.position = 0");
        nextText = max("translated_text") + 1;
        long lesson = insert("INSERT INTO lesson (course_id) VALUES (?)", course.id);
        List<Long> questions = new ArrayList<>();
        try (Batch texts = new Batch("INSERT INTO translated_text (id, version) VALUES (?, 0)");
             Batch values = new Batch("INSERT INTO translated_text_value (text_id, language, value) VALUES (?, ?, ?)")) {
            insert("""
                    INSERT INTO lesson_content (module_content_id, lesson_id, position, kind, title_id, body_id, estimated_minutes,
                        required, completion, updated_at, version) VALUES (?, ?, ?, 'ASSESSMENT', ?, ?, 10, FALSE, 'LEARNER_MARKS', ?, 0)""",
                    moduleContent, lesson, LESSONS, text(texts, values, Map.of(ContentLanguage.ENGLISH, "Module 1 exam")),
                    text(texts, values, Map.of(ContentLanguage.ENGLISH, "<p>Six questions, 30 minutes.</p>")), now);
            long bank = insert("INSERT INTO question_bank (course_id, title, created_by, created_at, version) VALUES (?, 'Exam', ?, ?, 0)",
                    course.id, OWNER, now);
            long category = insert("INSERT INTO question_category (bank_id, name, position) VALUES (?, 'Exam', 0)", bank);
            String[] options = {"Registration", "A car", "A passport photo", "A bank loan"};
            for (int q = 0; q < EXAM_QUESTIONS; q++) {
                long question = insert("INSERT INTO question (category_id, type, created_by, created_at, version) VALUES (?, 'SINGLE_CHOICE', ?, ?, 0)",
                        category, OWNER, now);
                long version = insert("""
                        INSERT INTO question_version (question_id, number, points, stem_id, feedback_id, scoring, created_by, created_at)
                        VALUES (?, 1, 1, ?, ?, ?, ?, ?)""", question,
                        text(texts, values, Map.of(ContentLanguage.ENGLISH, "<p>Which service does a newcomer need first? (" + (q + 1) + ")</p>")),
                        text(texts, values, Map.of(ContentLanguage.ENGLISH, "<p>Registration opens the way to the others.</p>")),
                        "{\"type\":\"SINGLE_CHOICE\",\"options\":[{\"key\":\"a\",\"credit\":\"1\"},{\"key\":\"b\",\"credit\":\"0\"},"
                                + "{\"key\":\"c\",\"credit\":\"0\"},{\"key\":\"d\",\"credit\":\"0\"}]}", OWNER, now);
                for (int o = 0; o < options.length; o++) {
                    insert("INSERT INTO question_part (version_id, position, part_key, text_id, feedback_id) VALUES (?, ?, ?, ?, ?)",
                            version, o, String.valueOf((char) ('a' + o)), text(texts, values, Map.of(ContentLanguage.ENGLISH, options[o])),
                            text(texts, values, Map.of()));
                }
                questions.add(question);
            }
        }
        insert("""
                INSERT INTO quiz (lesson_id, course_id, layout, shuffle_questions, shuffle_options, time_limit_minutes, grading_method,
                    pass_percent, review_answers, review_correctness, review_feedback, review_correct_answers, updated_by, updated_at, version)
                VALUES (?, ?, 'ALL_ON_ONE_PAGE', FALSE, TRUE, 30, 'HIGHEST', 50, 'AFTER_SUBMIT', 'AFTER_SUBMIT', 'AFTER_SUBMIT',
                    'AFTER_CLOSE', ?, ?, 0)""", lesson, course.id, OWNER, now);
        for (int q = 0; q < questions.size(); q++) {
            insert("INSERT INTO quiz_slot (quiz_id, position, question_id) VALUES (?, ?, ?)", lesson, q, questions.get(q));
        }
        db.commit();
        return lesson;
    }

    /** Inserts one row and gives its generated id (0 for a table without one). */
    private long insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private String topicName(ContentLanguage reader, Topic topic) {
        return bundles.get(reader).format("topic." + topic.name());
    }

    private long text(Batch texts, Batch values, Map<ContentLanguage, String> byLanguage) throws SQLException {
        long id = nextText++;
        texts.add(id);
        for (Map.Entry<ContentLanguage, String> e : byLanguage.entrySet()) {
            values.add(id, e.getKey().code(), e.getValue());
        }
        return id;
    }

    // --- learners only in the database ------------------------------------------------------------------------------

    private long learners(int count, int events, List<Course> courses) throws SQLException {
        int enrolmentsEach = 2;
        double lessonsEach = Math.max(1, events / (count * enrolmentsEach * 3.0));
        long stored = 0;
        long batchStart = max("user_account") + 1;
        try (Batch accounts = new Batch("""
                     INSERT INTO user_account (subject, username, display_name, email, preferred_language, organisation, country,
                         organisation_id, created_at, last_sign_in_at, version) VALUES (?, ?, ?, ?, ?, 'BENCH', ?, ?, ?, ?, 0)""");
             Batch enrolments = new Batch("""
                     INSERT INTO enrolment (id, course_id, edition_id, learner_subject, registration, status, enrolled_at, decided_by,
                         last_lesson_id, last_active_at, completed_at, version)
                     SELECT ?, ?, e.id, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, 0 FROM edition e WHERE e.course_id = ? AND e.open_ended""");
             Batch progress = new Batch("""
                     INSERT INTO lesson_progress (enrolment_id, lesson_id, state, first_opened_at, completed_at, seconds_spent)
                     VALUES (?, ?, 2, ?, ?, ?)""");
             Batch statements = new Batch("""
                     INSERT INTO learning_event (event_id, learner_subject, verb, object_type, object_id, course_id, revision_number,
                         registration, language, completion, duration_seconds, occurred_at)
                     VALUES (?, ?, ?, 'lesson', ?, ?, 1, ?, 'en', ?, ?, ?)""")) {
            long enrolment = max("enrolment") + 1;
            String run = Long.toString(batchStart, 36);
            List<Object[]> organisations = new ArrayList<>();
            try (var query = db.createStatement(); var rows = query.executeQuery("SELECT id, country FROM organisation")) {
                while (rows.next()) {
                    organisations.add(new Object[] {rows.getLong(1), rows.getString(2)});
                }
            }
            for (int n = 0; n < count; n++) {
                String subject = "bench-" + run + "-" + n;
                Object[] organisation = organisations.get(n % organisations.size());
                accounts.add(subject, "bench." + run + "." + n, "Bench learner " + n, subject + "@bench.invalid", "en",
                        organisation[1], organisation[0], now, now);
                int first = random.nextInt(courses.size());
                for (int k = 0; k < enrolmentsEach; k++, enrolment++) {
                    Course course = courses.get((first + k * (1 + random.nextInt(courses.size() - 1))) % courses.size());
                    String registration = UUID.randomUUID().toString();
                    int done = Math.min(course.lessons.size(), (int) Math.round(random.nextDouble() * 2 * lessonsEach));
                    LocalDateTime enrolled = now.minusDays(30 + random.nextInt(300));
                    Long last = done == 0 ? null : course.lessons.get(done - 1);
                    enrolments.add(enrolment, course.id, subject, registration, enrolled, subject, last, enrolled.plusDays(done),
                            done == course.lessons.size() ? enrolled.plusDays(done) : null, course.id);
                    for (int i = 0; i < done; i++) {
                        long lesson = course.lessons.get(i);
                        LocalDateTime at = enrolled.plusDays(i).plusMinutes(random.nextInt(600));
                        int seconds = 60 + random.nextInt(1200);
                        progress.add(enrolment, lesson, at, at.plusSeconds(seconds), seconds);
                        statements.add(UUID.randomUUID().toString(), subject, "LAUNCHED", lesson, course.id, registration, null, null, at);
                        statements.add(UUID.randomUUID().toString(), subject, "COMPLETED", lesson, course.id, registration, true, null, at.plusSeconds(seconds));
                        statements.add(UUID.randomUUID().toString(), subject, "EXPERIENCED", lesson, course.id, registration, null, seconds, at.plusSeconds(seconds));
                        stored += 3;
                    }
                }
                if (n % 5_000 == 4_999) {
                    for (Batch batch : List.of(accounts, enrolments, progress, statements)) {
                        batch.flush();
                    }
                    db.commit();
                }
            }
            for (Batch batch : List.of(accounts, enrolments, progress, statements)) {
                batch.flush();
            }
            db.commit();
        }
        return stored;
    }

    // --- learners in Keycloak ---------------------------------------------------------------------------------------

    private List<String> keycloakLearners(int count, Course course) throws Exception {
        String keycloak = System.getProperty("bench.keycloak.url", "http://localhost:8180");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int first = (int) number("SELECT COUNT(*) FROM user_account WHERE username LIKE 'bench.learner.%'")
                + (int) number("SELECT COUNT(*) FROM enrolment WHERE learner_subject LIKE 'bench-learner-%'") + 1;
        cheapPasswordHashing(http, keycloak);
        List<String> usernames = new ArrayList<>();
        try (Batch enrolments = new Batch("""
                INSERT INTO enrolment (course_id, edition_id, learner_subject, registration, status, enrolled_at, decided_by, version)
                SELECT ?, e.id, ?, ?, 'ACTIVE', ?, ?, 0 FROM edition e WHERE e.course_id = ? AND e.open_ended""")) {
            for (int from = first; from < first + count; from += 500) {
                StringBuilder users = new StringBuilder();
                for (int n = from; n < Math.min(first + count, from + 500); n++) {
                    String username = "bench.learner." + n;
                    String id = UUID.nameUUIDFromBytes(("bench-learner-" + n).getBytes(StandardCharsets.UTF_8)).toString();
                    usernames.add(username);
                    if (users.length() > 0) {
                        users.append(',');
                    }
                    users.append("""
                            {"id":"%s","username":"%s","enabled":true,"emailVerified":true,"firstName":"Bench","lastName":"Learner %d",
                             "email":"%s@bench.invalid","attributes":{"organisation":["BENCH"],"country":["SN"],"locale":["en"]},
                             "credentials":[{"type":"password","value":"demo","temporary":false}],"realmRoles":["learner"]}"""
                            .formatted(id, username, n, username));
                    enrolments.add(course.id, id, UUID.randomUUID().toString(), now, OWNER, course.id);
                }
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/unitar/partialImport"))
                        .header("Authorization", "Bearer " + adminToken(http, keycloak))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofMinutes(10))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"ifResourceExists\":\"OVERWRITE\",\"users\":[" + users + "]}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Keycloak refused the bench learners: " + response.statusCode() + " " + response.body());
                }
            }
            enrolments.flush();
            db.commit();
        }
        return usernames;
    }

    /**
     * Sets the local realm's password hashing to PBKDF2-SHA256 with 1,000 iterations (Keycloak's default, Argon2, costs
     * tens of milliseconds of CPU per sign-in): 2,000 sign-ins in two minutes on two cores would otherwise measure
     * password hashing, not the platform. Only the development realm this runs against; production keeps its own.
     */
    private static void cheapPasswordHashing(HttpClient http, String keycloak) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/unitar"))
                .header("Authorization", "Bearer " + adminToken(http, keycloak))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"passwordPolicy\":\"hashAlgorithm(pbkdf2-sha256) and hashIterations(1000)\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("Keycloak refused the password policy: " + response.statusCode() + " " + response.body());
        }
    }

    private static String adminToken(HttpClient http, String keycloak) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(System.getProperty("bench.keycloak.admin", "admin"), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(System.getProperty("bench.keycloak.password", "admin"), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak's admin console refused admin/admin: " + response.statusCode());
        }
        return response.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    // --- JDBC -------------------------------------------------------------------------------------------------------

    private long max(String table) throws SQLException {
        return number("SELECT COALESCE(MAX(id), 0) FROM " + table);
    }

    private long number(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A prepared statement whose rows are sent {@link #BATCH} at a time. */
    private final class Batch implements AutoCloseable {

        private final PreparedStatement statement;
        private int pending;

        Batch(String sql) throws SQLException {
            statement = db.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            statement.close();
        }
    }

    /** Course texts in each language, from the topic's name as the platform's bundle gives it. */
    static final class Texts {

        static final String BODY = "<p>Local and regional authorities are where people on the move meet public services: "
                + "registration, schooling, health, housing and work. This lesson looks at what a city can do.</p>";

        static String title(ContentLanguage language, String topic, int number) {
            return switch (language) {
                case FRENCH -> topic + " : guide pratique pour les collectivités n° " + number;
                case SPANISH -> topic + ": guía práctica para gobiernos locales n.º " + number;
                case ARABIC -> topic + ": دليل عملي للسلطات المحلية رقم " + number;
                case CHINESE -> topic + "：地方政府实用指南 第" + number + "号";
                case RUSSIAN -> topic + ": практическое руководство для местных властей № " + number;
                case ENGLISH -> topic + ": a practical guide for local governments no. " + number;
            };
        }

        static String summary(ContentLanguage language, String topic) {
            return switch (language) {
                case FRENCH -> "Ce que les mairies et les régions peuvent faire, avec des exemples du réseau CIFAL. " + topic + ".";
                case SPANISH -> "Lo que pueden hacer los municipios y las regiones, con ejemplos de la red CIFAL. " + topic + ".";
                case ARABIC -> "ما يمكن أن تفعله البلديات والأقاليم، مع أمثلة من شبكة سيفال. " + topic + ".";
                case CHINESE -> "市政府和地区可以做什么，附有CIFAL网络的实例。" + topic + "。";
                case RUSSIAN -> "Что могут сделать муниципалитеты и регионы, с примерами сети CIFAL. " + topic + ".";
                case ENGLISH -> "What city halls and regions can do, with examples from the CIFAL network. " + topic + ".";
            };
        }
    }
}
