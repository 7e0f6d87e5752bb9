package id.pesona.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartupGateTest {

    @ParameterizedTest
    @CsvSource({
        "/login, false",
        "/, false",
        "/klaim/12, false",
        "/api/v1/claims, false",
        "/actuator/info, false",
        "/css/app.css, true",
        "/js/app.js, true",
        "/img/favicon.svg, true",
        "/webjars/bootstrap/dist/css/bootstrap.min.css, true",
        "/actuator/health, true",
        "/actuator/health/readiness, true"
    })
    void onlyAssetsAndHealthProbesPassWhileStarting(String path, boolean passes) {
        assertThat(StartupGate.passes(path)).isEqualTo(passes);
    }
}
