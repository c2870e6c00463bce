package org.unitar.learning.support;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unitar.learning.support.stack.TestStack;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that runs inside Payara Micro with Arquillian, against the test stack's database and Keycloak (started
 * first). Its deployment comes from {@link Deployments}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestStack.class)
@ExtendWith(ArquillianExtension.class)
public @interface ContainerTest {
}
