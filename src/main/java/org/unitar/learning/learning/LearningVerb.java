package org.unitar.learning.learning;

/** What a learning event says happened, with the xAPI verb a statement derived from it carries. */
public enum LearningVerb {
    REGISTERED("http://adlnet.gov/expapi/verbs/registered"),
    LAUNCHED("http://adlnet.gov/expapi/verbs/launched"),
    COMPLETED("http://adlnet.gov/expapi/verbs/completed"),
    /** Time spent in a lesson (the statement's result duration). */
    EXPERIENCED("http://adlnet.gov/expapi/verbs/experienced"),
    EXITED("http://adlnet.gov/expapi/verbs/exited"),
    /** A graded attempt at a quiz that reached its pass mark (the statement's result score). */
    PASSED("http://adlnet.gov/expapi/verbs/passed"),
    /** A graded attempt at a quiz below its pass mark. */
    FAILED("http://adlnet.gov/expapi/verbs/failed");

    private final String xapiId;

    LearningVerb(String xapiId) {
        this.xapiId = xapiId;
    }

    public String xapiId() {
        return xapiId;
    }
}
