/**
 * The course catalogue as trainers build it: courses, their revisions (the draft being edited and the published
 * one learners see), and later their modules and lessons. A course is owned by a trainer and may have
 * co-trainers; only they (and administrators) change it. Its texts live in every content language it offers.
 */
package org.unitar.learning.catalogue;
