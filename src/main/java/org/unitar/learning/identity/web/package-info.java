/**
 * Sign-on, sign-out, the role navigation and the language switcher: the web side of identity.
 */
package org.unitar.learning.identity.web;
