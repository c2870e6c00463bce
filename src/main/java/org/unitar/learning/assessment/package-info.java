/**
 * Assessments: question banks, quizzes placed as lessons, attempts and their grading. How each type of question
 * scores a learner's response is a pure rule here ({@link org.unitar.learning.assessment.Scoring}), with no
 * storage and no screen, so that grading and regrading give the same result wherever they run. Scores are
 * fractions of a question's mark, from 0 to 1.
 */
package org.unitar.learning.assessment;
