package id.pesona.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"6.800|6800", "Rp6.800|6800", "rp 16.800|16800", "6800|6800", "1.000.000|1000000", "0|0"})
    void parsesRupiahAsTyped(String text, long amount) {
        assertThat(Amounts.parseRupiah(text)).contains(amount);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "6,8", "6.80", "-100", "Rp", "abc", "6.800,50"})
    void refusesNonWholeOrMalformedRupiah(String text) {
        assertThat(Amounts.parseRupiah(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1|100", "1 %|100", "0,24|24", "0.3|30", "5,7|570", "2|200", "100|10000"})
    void parsesPercentToBasisPoints(String text, long bp) {
        assertThat(Amounts.percentToBasisPoints(text)).contains(bp);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0,245", "101", "abc", "-1"})
    void refusesBadRates(String text) {
        assertThat(Amounts.percentToBasisPoints(text)).isEmpty();
    }
}
