package org.unitar.learning.assessment;

/** The kinds of question a bank holds; all but {@link #ESSAY} are graded by the platform. */
public enum QuestionType {

    /** One option to choose; each option has its credit (the right one full, others none or some). */
    SINGLE_CHOICE,
    /** Any number of options to choose; the credits of the chosen ones add up, wrong ones can take some away. */
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    /** A few words typed in, compared with the accepted answers (case, accents and {@code *} as the author set). */
    SHORT_ANSWER,
    /** A number, within a tolerance of an accepted value, possibly with a unit. */
    NUMERIC,
    /** Each prompt matched with one of the items; credit for each right match. */
    MATCHING,
    /** Items put in order; credit for each item in its place. */
    ORDERING,
    /** Written at length and graded by a trainer. */
    ESSAY;

    public boolean isAutoGraded() {
        return this != ESSAY;
    }
}
