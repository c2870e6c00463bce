/**
 * Certificates of completion: the rules that issue them (automatically when a course is complete, or by an
 * administrator), their numbers (per year, without gaps), revocation and replacement, the PDF drawn in every script,
 * and the public verification of a certificate by its code.
 */
package org.unitar.learning.certification;
