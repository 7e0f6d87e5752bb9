package id.pesona.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database integration tests run against: H2 in PostgreSQL mode (default), or a real PostgreSQL when the system
 * property {@code pesona.test.db=postgresql} is set (the failsafe execution {@code it-postgresql} does that). On
 * PostgreSQL the tests use their own schema, cleaned and migrated once per run.
 */
public final class TestDatabase {

    /** Own schema per checkout, so that two test runs on one PostgreSQL do not clean each other's tables. */
    public static final String SCHEMA = System.getProperty("pesona.test.postgres.schema", "pesona_it");

    private TestDatabase() {}

    public static boolean isPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty("pesona.test.db", "h2"));
    }

    public static void register(DynamicPropertyRegistry r) {
        if (isPostgres()) {
            String url = System.getProperty("pesona.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
            r.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
            r.add("spring.datasource.username", () -> System.getProperty("pesona.test.postgres.username", "postgres"));
            r.add("spring.datasource.password", () -> System.getProperty("pesona.test.postgres.password", ""));
            r.add("spring.flyway.schemas", () -> SCHEMA);
            r.add("spring.flyway.default-schema", () -> SCHEMA);
        } else {
            r.add(
                    "spring.datasource.url",
                    () -> "jdbc:h2:mem:pesona-it;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                            + "DEFAULT_NULL_ORDERING=HIGH");
            r.add("spring.datasource.username", () -> "sa");
            r.add("spring.datasource.password", () -> "");
        }
        r.add("spring.flyway.clean-disabled", () -> "false");
    }
}
