package id.pesona.region;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the region data load with Flyway, next to the SQL migrations in {@code db/migration}. */
@Configuration(proxyBeanMethods = false)
class RegionMigrations {

    @Bean
    FlywayConfigurationCustomizer regionDataMigration() {
        return config -> config.javaMigrations(new RegionDataMigration());
    }
}
