package no.gevinst.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one data source. Every setting comes from MicroProfile Config, so environment variables
 * ({@code GEVINST_DB_DRIVER}, {@code GEVINST_DB_URL}, {@code GEVINST_DB_USER}, {@code GEVINST_DB_PASSWORD})
 * override the embedded H2 defaults in {@code META-INF/microprofile-config.properties}.
 */
@Singleton
@DataSourceDefinition(
        name = "java:app/jdbc/gevinst",
        className = "${MPCONFIG=gevinst.db.driver}",
        url = "${MPCONFIG=gevinst.db.url}",
        user = "${MPCONFIG=gevinst.db.user}",
        password = "${MPCONFIG=gevinst.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
public class DataSourceConfiguration {
}
