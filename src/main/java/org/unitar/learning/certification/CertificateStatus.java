package org.unitar.learning.certification;

/** Where a certificate stands: valid, revoked (with a reason), or replaced by a corrected one. */
public enum CertificateStatus {
    VALID, REVOKED, REPLACED
}
