package org.unitar.learning.learning.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LearnerPageTurnsTest {

    private final LearnerPageTurns turns = new LearnerPageTurns(2, Duration.ofMillis(300));
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch pagesMayFinish = new CountDownLatch(1);

    @AfterEach
    void finish() {
        pagesMayFinish.countDown();
        threads.shutdownNow();
    }

    @Test
    void whenEveryTurnIsTakenTheNextLearnerPageWaitsThenGetsTheBusyPage() throws Exception {
        takeEveryTurn("/learn/course.xhtml");

        Exchange third = new Exchange("/learn/course.xhtml");
        turns.doFilter(third.request, third.response, (req, res) -> third.built = true);

        assertThat(third.built).isFalse();
        assertThat(third.status).isEqualTo(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        assertThat(third.attributes).containsEntry(LearnerPageTurns.BUSY, true);
    }

    @Test
    void pagesOutsideTheLearnersAreaDoNotTakeTurns() throws Exception {
        takeEveryTurn("/learn/quiz.xhtml");

        Exchange catalogue = new Exchange("/catalogue/index.xhtml");
        turns.doFilter(catalogue.request, catalogue.response, (req, res) -> catalogue.built = true);

        assertThat(catalogue.built).isTrue();
        assertThat(catalogue.status).isZero();
    }

    @Test
    void aPageThatFailsGivesItsTurnBack() throws Exception {
        for (int i = 0; i < 3; i++) {
            Exchange failing = new Exchange("/learn/attempt.xhtml");
            assertThatThrownBy(() -> turns.doFilter(failing.request, failing.response, (req, res) -> {
                throw new IllegalStateException("page failed");
            })).hasMessage("page failed");
        }
        Exchange next = new Exchange("/learn/attempt.xhtml");
        turns.doFilter(next.request, next.response, (req, res) -> next.built = true);

        assertThat(next.built).isTrue();
    }

    /** Two learner pages being built, which finish only when the test does. */
    private void takeEveryTurn(String path) throws Exception {
        CountDownLatch building = new CountDownLatch(2);
        FilterChain slowPage = (req, res) -> {
            building.countDown();
            try {
                pagesMayFinish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        for (int i = 0; i < 2; i++) {
            Exchange page = new Exchange(path);
            threads.submit(() -> {
                turns.doFilter(page.request, page.response, slowPage);
                return null;
            });
        }
        assertThat(building.await(5, TimeUnit.SECONDS)).isTrue();
    }

    /** A request and its response, as much of them as the filter reads and writes. */
    private static final class Exchange {

        final Map<String, Object> attributes = new ConcurrentHashMap<>();
        final HttpServletRequest request;
        final HttpServletResponse response;
        volatile int status;
        volatile boolean built;

        Exchange(String servletPath) {
            request = (HttpServletRequest) Proxy.newProxyInstance(Exchange.class.getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getServletPath" -> servletPath;
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
            response = (HttpServletResponse) Proxy.newProxyInstance(Exchange.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        if (method.getName().equals("sendError")) {
                            status = (int) args[0];
                            return null;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
