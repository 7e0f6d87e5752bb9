package id.pesona.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.pesona.shared.Letterhead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The NIP rule, the printed NIP, and the demo's drawn emblem passing the same checks as an upload. */
class LetterheadsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "197001011995031001, true",
        "198002142005012003, true",
        "197512312000121999, true",
        "19700101199503100, false", // 17 digits
        "1970010119950310011, false", // 19 digits
        "19700101199503100a, false",
        "197013011995031001, false", // birth month 13
        "197002301995031001, false", // 30 February
        "197001011995001001, false", // appointment month 00
        "197001011995033001, false", // sex 3
        "197001011995031000, false", // serial 000
        "197001011980031001, false", // appointed at 10
        "192501011950031001, false" // born before 1930
    })
    void nip(String nip, boolean valid) {
        assertThat(Letterheads.validNip(nip)).isEqualTo(valid);
    }

    @Test
    void nipIsPrintedInItsFourParts() {
        Letterhead l = new Letterhead("G", "A", "Ad", "", "Ampana", "T", "N", "198002142005012003", "", "");
        assertThat(l.nipPrinted()).isEqualTo("19800214 200501 2 003");
    }

    @Test
    void theDemoEmblemIsAValidLogo() {
        byte[] png = DemoLetterhead.emblem();
        assertThat(Letterheads.sniff(png)).isEqualTo("image/png");
        assertThat(Letterheads.logoProblem(new Letterheads.Logo("image/png", png)))
                .isEmpty();
        assertThat(Letterheads.logoProblem(new Letterheads.Logo("image/jpeg", png)))
                .contains("letterhead.error.logoType");
    }
}
