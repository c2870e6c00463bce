package org.unitar.learning.assessment.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@value #EVERY_SECONDS} seconds, submits and grades the attempts whose time is up, each in its own
 * transaction, so that completion and the gradebook never wait for the learner to come back. A failed attempt is
 * logged and tried again on the next run; the others go on.
 */
@ApplicationScoped
public class AttemptExpiry {

    static final int EVERY_SECONDS = 20;
    private static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(AttemptExpiry.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    Attempts attempts;

    private ScheduledFuture<?> runs;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class) Object event) {
        runs = scheduler.scheduleWithFixedDelay(this::expireDue, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    void expireDue() {
        List<Long> due;
        try {
            due = attempts.due(BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look for attempts whose time is up; again in " + EVERY_SECONDS + " s", e);
            return;
        }
        for (long id : due) {
            try {
                attempts.expire(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not submit attempt " + id + " at its deadline; again in " + EVERY_SECONDS + " s", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
    }
}
