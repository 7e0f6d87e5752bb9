package id.pesona;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Domain rules stay plain Java: no web, no JDBC, no system clock. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.pesona");

    @Test
    void valueTypesAndRulesImportNoInfrastructure() {
        noClasses()
                .that()
                .belongToAnyOf(
                        id.pesona.contribution.CoverRules.class,
                        id.pesona.contribution.Forecast.class,
                        id.pesona.contribution.TariffRule.class,
                        id.pesona.participant.Nik.class,
                        id.pesona.participant.NoKk.class,
                        id.pesona.participant.Kpj.class,
                        id.pesona.shared.RegionCode.class,
                        id.pesona.shared.RegionScope.class,
                        id.pesona.shared.Rupiah.class,
                        id.pesona.contribution.Ledger.class,
                        id.pesona.contribution.Tariffs.class,
                        id.pesona.contribution.Aging.class,
                        id.pesona.claim.Eligibility.class,
                        id.pesona.claim.Benefits.class,
                        id.pesona.claim.BenefitRules.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void nobodyReadsTheSystemClockDirectly() {
        noClasses()
                .should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .because("business dates come from the injected Clock, so tests can stand on any day")
                .check(CLASSES);
    }
}
