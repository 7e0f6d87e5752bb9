package id.pesona.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({
        "72,            72,            PROVINSI",
        "72.09,         7209,          KABUPATEN",
        "7209,          7209,          KABUPATEN",
        "72.09.05,      720905,        KECAMATAN",
        "72.09.05.2001, 7209052001,    DESA",
        "7209051003,    7209051003,    KELURAHAN",
        "' 72.09.05.1003 ', 7209051003, KELURAHAN"
    })
    void parsesDottedAndPlainCodes(String text, String digits, RegionLevel level) {
        RegionCode c = RegionCode.parse(text);
        assertThat(c.digits()).isEqualTo(digits);
        assertThat(c.level()).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "7",
                "720",
                "72.9",
                "72.09.5",
                "72.09.05.201",
                "72.09.05.20011",
                "72-09",
                "ab.cd",
                "72.09.05.2001.1"
            })
    void refusesMalformedCodes(String text) {
        assertThat(RegionCode.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> RegionCode.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"72.09.05.2001, 72.09.05.2001", "72.09.05,      72.09.05", "72.09,         72.09", "72,            72"})
    void printsDotted(String text, String dotted) {
        assertThat(RegionCode.parse(text).dotted()).isEqualTo(dotted);
    }

    @ParameterizedTest
    @CsvSource({"72.09.05.2001, 72.09.05", "72.09.05,      72.09", "72.09,         72"})
    void knowsItsParent(String child, String parent) {
        assertThat(RegionCode.parse(child).parent()).contains(RegionCode.parse(parent));
    }

    @ParameterizedTest
    @CsvSource({
        "72.09,    72.09.05.2001, true",
        "72.09,    72.09,         true",
        "72.09,    72.10.01,      false",
        "72.09.05, 72.09.06.2001, false",
        "72,       72.09.05.2001, true",
        "72.09.05, 72.09,         false"
    })
    void containsItsDescendantsOnly(String outer, String inner, boolean expected) {
        assertThat(RegionCode.parse(outer).contains(RegionCode.parse(inner))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"7209, 7210", "7299, 7300", "720905, 720906", "72, 73", "99, 99:"})
    void upperBoundIsTheNextPrefix(String digits, String upper) {
        assertThat(RegionCode.incrementDigits(digits)).isEqualTo(upper);
    }

    @ParameterizedTest
    @CsvSource({"72.09.05.1003, true", "72.09.05.2001, true", "72.09.05.3001, false", "72.09.05.0001, false"})
    void villageKindIsTheFirstDigitOfTheVillagePart(String code, boolean valid) {
        assertThat(RegionCode.parse(code).hasValidVillageKind()).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"72.09.05.2001, 4", "72.09, 2"})
    void lineageRunsFromTheProvinceDown(String code, int size) {
        var lineage = RegionCode.parse(code).lineage();
        assertThat(lineage).hasSize(size);
        assertThat(lineage.get(0)).isEqualTo(RegionCode.parse("72"));
        assertThat(lineage.get(size - 1)).isEqualTo(RegionCode.parse(code));
    }
}
