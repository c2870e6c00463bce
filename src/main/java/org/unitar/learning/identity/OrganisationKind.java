package org.unitar.learning.identity;

/** What an organisation is: the local and regional authorities the programme serves, CIFAL centres, others. */
public enum OrganisationKind {
    CITY,
    REGION,
    NATIONAL_AGENCY,
    CIFAL_CENTRE,
    INTERNATIONAL,
    OTHER
}
