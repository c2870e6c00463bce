/** How learning progress is kept in the database. */
package org.unitar.learning.learning.persistence;
