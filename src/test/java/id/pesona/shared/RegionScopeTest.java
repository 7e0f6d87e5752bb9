package id.pesona.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionScopeTest {

    @ParameterizedTest(name = "scope {0}: {1} contains={2} navigable={3}")
    @CsvSource({
        // a village user: own village only, and the path down to it
        "72.09.05.2001, 72.09.05.2001, true,  true",
        "72.09.05.2001, 72.09.05.2011, false, false",
        "72.09.05.2001, 72.09.05,      false, true",
        "72.09.05.2001, 72.09,         false, true",
        "72.09.05.2001, 72.09.08,      false, false",
        // a camat: own kecamatan
        "72.09.05,      72.09.05.1003, true,  true",
        "72.09.05,      72.09.08.2001, false, false",
        "72.09.05,      72.09,         false, true",
        // the regency
        "72.09,         72.09.12.2001, true,  true",
        "72.09,         72.10,         false, false",
        "72.09,         72.10.01.2001, false, false"
    })
    void scopeDecidesWhatIsInsideAndWhatCanBeNavigated(
            String scope, String region, boolean contains, boolean navigable) {
        RegionScope s = RegionScope.of(RegionCode.parse(scope));
        assertThat(s.contains(RegionCode.parse(region))).isEqualTo(contains);
        assertThat(s.canNavigate(RegionCode.parse(region))).isEqualTo(navigable);
    }

    @Test
    void rangeBoundsSelectExactlyTheCodesInside() {
        RegionScope s = RegionScope.of(RegionCode.parse("72.09"));
        assertThat(s.lower()).isEqualTo("7209");
        assertThat(s.upper()).isEqualTo("7210");
        for (String inside : new String[] {"7209", "720905", "7209052001", "7209129999"}) {
            assertThat(inside.compareTo(s.lower()) >= 0 && inside.compareTo(s.upper()) < 0)
                    .isTrue();
        }
        for (String outside : new String[] {"7208", "72", "721001", "7210012001"}) {
            assertThat(outside.compareTo(s.lower()) >= 0 && outside.compareTo(s.upper()) < 0)
                    .isFalse();
        }
    }

    @Test
    void nationalScopeContainsEverything() {
        assertThat(RegionScope.NATIONAL.contains(RegionCode.parse("11.01.01.2001")))
                .isTrue();
        assertThat(RegionScope.NATIONAL.isNational()).isTrue();
        assertThat(RegionScope.NATIONAL.toString()).isEqualTo("Indonesia");
    }
}
