package org.unitar.learning.catalogue;

/** What a course is about: the programme's themes. Names come from the bundle ({@code topic.<NAME>}). */
public enum Topic {
    MIGRATION_GOVERNANCE,
    INTEGRATION_SOCIAL_COHESION,
    DIASPORA_ENGAGEMENT,
    REMITTANCES_FINANCIAL_INCLUSION,
    INTERNAL_MIGRATION_URBANISATION,
    CLIMATE_DISASTER_MOBILITY,
    LABOUR_MOBILITY,
    DATA_EVIDENCE
}
