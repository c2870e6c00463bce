package org.unitar.learning.shared.persistence;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The platform's one datasource: MySQL (production) or MariaDB (local and tests) through MySQL Connector/J,
 * configured from MicroProfile Config ({@code unitar.db.url}, {@code unitar.db.user}, {@code unitar.db.password},
 * or the environment variables {@code UNITAR_DB_URL}, {@code UNITAR_DB_USER}, {@code UNITAR_DB_PASSWORD}).
 */
@DataSourceDefinition(
        name = LearningDataSource.JNDI_NAME,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=unitar.db.url}",
        user = "${MPCONFIG=unitar.db.user}",
        password = "${MPCONFIG=unitar.db.password}",
        minPoolSize = 2,
        maxPoolSize = LearningDataSource.MAX_POOL_SIZE,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true",
                "characterEncoding=UTF-8",
                "rewriteBatchedStatements=true",
                // Connector/J parses each statement's text anew unless it caches them: that parsing was a tenth
                // of the CPU of a lesson page. Session state is tracked by the driver instead of asked for.
                "cachePrepStmts=true",
                "prepStmtCacheSize=250",
                "prepStmtCacheSqlLimit=2048",
                "useLocalSessionState=true",
                "useLocalTransactionState=true",
                "cacheServerConfiguration=true",
                // the driver traces every statement when the OpenTelemetry API is on the class path (Payara has it)
                "openTelemetry=DISABLED"
        })
public final class LearningDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/learning";

    /** Connections the application may hold at once; the JDBC insert baseline runs as many threads. */
    public static final int MAX_POOL_SIZE = 16;

    private LearningDataSource() {
    }
}
