package org.unitar.learning.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment of in-container tests: the application WAR exactly as built, plus the test's own classes,
 * {@link InContainer} and AssertJ.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application(Class<?>... testClasses) {
        File war = new File(System.getProperty("stack.war", "target/learning.war"));
        return ShrinkWrap.create(ZipImporter.class, "learning.war")
                .importFrom(war)
                .as(WebArchive.class)
                .addClasses(testClasses)
                .addClass(InContainer.class)
                .addPackages(true, "org.assertj.core");
    }
}
