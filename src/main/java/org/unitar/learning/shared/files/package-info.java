/**
 * Files people upload (videos, captions, documents, images): their type told by their content, never by their
 * name; kept in a configured folder outside the web root with their metadata in the database; served with ranges,
 * {@code Content-Disposition} and {@code nosniff}.
 */
package org.unitar.learning.shared.files;
