/** The trainer's pages of the catalogue: their courses and the course editor. */
package org.unitar.learning.catalogue.web;
