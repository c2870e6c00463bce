package org.unitar.learning.learning;

/** Where a session of an edition takes place: in a room, or online. */
public enum SessionMode {
    IN_PERSON,
    ONLINE
}
