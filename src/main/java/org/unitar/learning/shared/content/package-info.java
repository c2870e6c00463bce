/** What authors write: the rules that keep their rich text safe to show to anyone. */
package org.unitar.learning.shared.content;
