package org.unitar.learning.shared.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link MailDelivery} every {@value #EVERY_SECONDS} seconds, from the end of start-up (after the schema
 * migrations) until the application stops. A failed run is logged and the next one comes as usual.
 */
@ApplicationScoped
public class MailSchedule {

    static final int EVERY_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    MailDelivery delivery;

    private ScheduledFuture<?> runs;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class) Object event) {
        runs = scheduler.scheduleWithFixedDelay(this::deliver, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    private void deliver() {
        try {
            delivery.deliverDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail delivery failed; it runs again in " + EVERY_SECONDS + " s", e);
        }
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
    }
}
