/** The catalogue's use cases: each one transaction that checks who is acting, object by object. */
package org.unitar.learning.catalogue.service;
