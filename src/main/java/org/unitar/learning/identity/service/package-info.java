/** Use cases of identity, each one transaction: find, one domain call, store. */
package org.unitar.learning.identity.service;
