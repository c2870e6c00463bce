/**
 * The UNITAR Learning Platform on Human Mobility: courses for local and regional authorities, run by CIFAL
 * trainers. One sub-package per part of the business (catalogue, learning, assessment, certification, identity,
 * reporting), each with the same rooms inside (domain at the top, {@code service}, {@code persistence},
 * {@code web}); {@code shared} holds what every part needs and no part owns. Parts refer to each other by id and
 * talk through CDI events; nothing below {@code web} imports {@code web}.
 */
package org.unitar.learning;
