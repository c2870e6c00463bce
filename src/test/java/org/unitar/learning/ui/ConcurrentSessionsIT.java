package org.unitar.learning.ui;

import org.junit.jupiter.api.Test;
import org.unitar.learning.support.Browser;
import org.unitar.learning.support.BrowserTest;
import org.unitar.learning.support.stack.DemoAccounts;
import org.unitar.learning.support.stack.LocalStack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed-in people keep their roles on every request while others use the platform at the same time (Payara 6
 * loses them now and then under concurrent requests unless they are passed explicitly: see SessionGroups).
 */
@BrowserTest
class ConcurrentSessionsIT {

    private static final Path CONFIG = Path.of(System.getProperty("stack.config", "config"));

    @Test
    void concurrentRequestsOfSeveralSignedInPeopleAreNeverRefused(Browser first, Browser second, Browser third,
                                                                   LocalStack stack) throws Exception {
        List<DemoAccounts.Account> learners = DemoAccounts.read(CONFIG).stream()
                .filter(a -> a.roles().equals(List.of("learner"))).limit(3).toList();
        List<String> sessions = new ArrayList<>();
        Browser[] browsers = {first, second, third};
        for (int i = 0; i < browsers.length; i++) {
            browsers[i].signIn(learners.get(i).username(), learners.get(i).password());
            sessions.add(browsers[i].driver().manage().getCookieNamed("JSESSIONID").getValue());
        }

        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            String session = sessions.get(i % sessions.size());
            HttpRequest request = HttpRequest.newBuilder(URI.create(stack.settings().appUrl() + "/learn/"))
                    .header("Cookie", "JSESSIONID=" + session).GET().build();
            statuses.add(pool.submit(() -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()));
        }
        List<Integer> refused = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            if (status.get() != 200) {
                refused.add(status.get());
            }
        }
        pool.shutdown();

        assertThat(refused).as("responses other than 200").isEmpty();
    }
}
