/** Who is acting, and the refusal services give when they may not. */
package org.unitar.learning.shared.security;
