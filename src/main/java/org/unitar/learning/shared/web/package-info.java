/**
 * What every page shares: security headers, the layout's helpers and the error pages' support.
 */
package org.unitar.learning.shared.web;
