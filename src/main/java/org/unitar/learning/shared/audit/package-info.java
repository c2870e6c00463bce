/**
 * The audit record: who did what to which object, and when. The application appends to it and reads it; nothing
 * can edit or delete a line (the table's triggers refuse it).
 */
package org.unitar.learning.shared.audit;
