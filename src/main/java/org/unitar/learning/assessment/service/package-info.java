/** The assessment use cases, each one transaction: question banks now, quizzes and attempts next. */
package org.unitar.learning.assessment.service;
