/** The learner's pages (course, lesson, my learning) and the trainers' editions and enrolments page. */
package org.unitar.learning.learning.web;
