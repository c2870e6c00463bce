package org.unitar.learning.catalogue;

import java.util.Set;

/** The draft is not ready to be published; says why, as bundle keys. Nothing changed. */
public class PublishRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Set<String> problems;

    public PublishRefused(Set<String> problems) {
        super(String.join(", ", problems), null, false, false);
        this.problems = Set.copyOf(problems);
    }

    public Set<String> problems() {
        return problems;
    }
}
