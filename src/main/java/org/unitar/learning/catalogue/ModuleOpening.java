package org.unitar.learning.catalogue;

/** When a module opens to a learner. Names come from the bundle ({@code moduleOpening.<NAME>}). */
public enum ModuleOpening {
    /** As soon as the learner is enrolled. */
    AT_ONCE,
    /** On a set date. */
    ON_DATE,
    /** A number of days after the learner enrolled. */
    DAYS_AFTER_ENROLMENT
}
