/**
 * MicroProfile Health checks, served by Payara at {@code /health/live} and {@code /health/ready}; readiness covers
 * the database here and Keycloak in identity.
 */
package org.unitar.learning.shared.health;
