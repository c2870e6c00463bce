/** Question banks in the database, through JPA. */
package org.unitar.learning.assessment.persistence;
