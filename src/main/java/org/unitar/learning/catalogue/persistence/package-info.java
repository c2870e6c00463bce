/** JPA implementations of the catalogue's repositories. */
package org.unitar.learning.catalogue.persistence;
