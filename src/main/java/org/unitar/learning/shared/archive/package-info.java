/**
 * Reading what people upload, defensively: ZIP archives entry by entry within limits ({@link
 * org.unitar.learning.shared.archive.SafeArchive}) and XML without DOCTYPEs or external entities ({@link
 * org.unitar.learning.shared.archive.SafeXml}); anything hostile is refused with a reason ({@link
 * org.unitar.learning.shared.archive.ArchiveRefused}).
 */
package org.unitar.learning.shared.archive;
