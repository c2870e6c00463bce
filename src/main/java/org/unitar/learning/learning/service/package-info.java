/** What learners, trainers and administrators do with editions, enrolments and progress, each in one transaction. */
package org.unitar.learning.learning.service;
