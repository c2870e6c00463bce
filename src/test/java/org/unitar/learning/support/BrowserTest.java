package org.unitar.learning.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.unitar.learning.support.stack.TestStack;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test of what a person does in a browser: its methods take a {@link Browser} pointed at the test stack's
 * platform; after each test the browser closes and the test fails if a page it opened had a serious or critical
 * accessibility violation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestStack.class)
@ExtendWith(BrowserTest.Browsers.class)
public @interface BrowserTest {

    final class Browsers implements ParameterResolver, AfterEachCallback {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browsers.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Browser.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Browser browser = new Browser(TestStack.running(context).settings().appUrl());
            opened(context).add(browser);
            return browser;
        }

        @Override
        public void afterEach(ExtensionContext context) {
            List<String> violations = new ArrayList<>();
            for (Browser browser : opened(context)) {
                browser.close();
                violations.addAll(browser.accessibilityViolations());
            }
            if (context.getExecutionException().isEmpty()) {
                assertThat(violations).as("serious or critical WCAG 2.1 AA violations").isEmpty();
            }
        }

        @SuppressWarnings("unchecked")
        private static List<Browser> opened(ExtensionContext context) {
            return context.getStore(NAMESPACE).getOrComputeIfAbsent("browsers", key -> new ArrayList<Browser>(), List.class);
        }
    }
}
