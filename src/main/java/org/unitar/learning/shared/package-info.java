/**
 * What every part of the platform needs and no part owns: the datasource and schema migrations, the append-only
 * audit record, outgoing mail, languages, health checks, time, and the web layer's common pieces (security
 * headers, error pages). Nothing here depends on a business part.
 */
package org.unitar.learning.shared;
