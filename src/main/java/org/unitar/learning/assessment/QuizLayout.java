package org.unitar.learning.assessment;

/** How an attempt shows its questions. Names come from the bundle ({@code quizLayout.<NAME>}). */
public enum QuizLayout {
    ONE_PER_PAGE,
    ALL_ON_ONE_PAGE
}
