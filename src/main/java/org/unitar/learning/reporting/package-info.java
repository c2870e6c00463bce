/**
 * What administrators read: read-only queries over the other parts' tables, returning records. Reporting has no
 * entities of its own and never writes.
 */
package org.unitar.learning.reporting;
