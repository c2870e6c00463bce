package org.unitar.learning.catalogue;

/** Who may enrol: anyone, anyone a trainer approves, or only those a trainer invites. */
public enum EnrolmentPolicy {
    OPEN,
    ON_APPROVAL,
    INVITATION_ONLY
}
