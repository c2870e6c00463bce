/** The trainers' pages of question banks: author/course/questions.xhtml (a course's bank) and author/course/question.xhtml. */
package org.unitar.learning.assessment.web;
