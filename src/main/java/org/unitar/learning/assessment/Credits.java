package org.unitar.learning.assessment;

import org.unitar.learning.shared.InputRefused;

import java.util.List;

/** The rule every list of answers with credits shares: credits from 0 to 1, and one answer worth the full mark. */
final class Credits {

    /** How far from 1 a credit may be and still count as full (three thirds typed as 33.33 % each). */
    static final double ROUNDING = 0.001;

    private Credits() {
    }

    static void check(List<Double> credits, String field) {
        if (credits.stream().anyMatch(c -> c < 0 || c > 1)) {
            throw new InputRefused(field, "question.options.creditOutOfRange");
        }
        if (credits.stream().noneMatch(c -> c >= 1 - ROUNDING)) {
            throw new InputRefused(field, "question.options.noFullCredit");
        }
    }
}
