/** JPA implementations of identity's repositories. */
package org.unitar.learning.identity.persistence;
