package org.unitar.learning.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.concurrent.atomic.AtomicInteger;

/** A test page's bean (deployed by {@link ViewStateIT} only): counts the actions that really ran. */
@Named
@ApplicationScoped
public class ViewStateProbe {

    private final AtomicInteger actions = new AtomicInteger();

    public void act() {
        actions.incrementAndGet();
    }

    public int getActions() {
        return actions.get();
    }
}
