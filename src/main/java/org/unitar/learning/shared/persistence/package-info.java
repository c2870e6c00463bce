/**
 * The datasource, schema migrations (Flyway, applied at start-up) and JPA conventions shared by every part.
 */
package org.unitar.learning.shared.persistence;
