package org.unitar.learning.support;

import jakarta.enterprise.inject.spi.CDI;
import org.unitar.learning.shared.persistence.LearningDataSource;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * What an in-container test uses of the application, looked up where the application finds it (CDI, JNDI). The
 * tests look beans up rather than have Arquillian inject them: its CDI and resource enrichers do not inject into
 * JUnit 5 test instances on Payara Micro (seen with Arquillian 1.9.1 and 1.10.2).
 */
public final class InContainer {

    private InContainer() {
    }

    public static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }

    public static DataSource database() {
        try {
            return (DataSource) new InitialContext().lookup(LearningDataSource.JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("No datasource " + LearningDataSource.JNDI_NAME, e);
        }
    }

    public static String setting(String name) {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue(name, String.class);
    }
}
