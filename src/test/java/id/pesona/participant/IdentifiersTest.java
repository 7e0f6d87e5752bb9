package id.pesona.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pesona.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifiersTest {

    static final LocalDate TODAY = LocalDate.of(2025, 12, 19);

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "7209051206900001, L, 1990-06-12",
        "7209055206900002, P, 1990-06-12",
        "7209054101050003, P, 2005-01-01",
        "7202017112590004, P, 1959-12-31",
        "'7209 0512 0690 0001', L, 1990-06-12",
        "7209052902000005, L, 2000-02-29",
        "7209056902960006, P, 1996-02-29"
    })
    void readsSexAndBirthDate(String text, Sex sex, String birth) {
        Nik nik = Nik.parse(text);
        assertThat(nik.sex()).isEqualTo(sex);
        assertThat(nik.birthDate(TODAY)).isEqualTo(LocalDate.parse(birth));
        assertThat(nik.districtCode()).startsWith("72");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "720905120690001,   nik.error.digits",
        "72090512069000011, nik.error.digits",
        "72090512069000A1,  nik.error.digits",
        "7209053206900001,  nik.error.date",
        "7209057206900001,  nik.error.date",
        "7209050006900001,  nik.error.date",
        "7209051213900001,  nik.error.date",
        "7209053102900001,  nik.error.date",
        "7209052902990001,  nik.error.date",
        "7209051206900000,  nik.error.serial"
    })
    void refusesImpossibleNiks(String text, String key) {
        assertThatThrownBy(() -> Nik.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    assertThat(((InvalidInputException) e).field()).isEqualTo("nik");
                    assertThat(((InvalidInputException) e).messageKey()).isEqualTo(key);
                });
    }

    @ParameterizedTest
    @CsvSource({"7209051206900001, 7209********0001", "7202017112590004, 7202********0004"})
    void masksTheBirthDate(String text, String masked) {
        assertThat(Nik.parse(text).masked()).isEqualTo(masked);
        assertThat(Nik.parse(text).toString()).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({
        "7209051501150001, ",
        "720905150115000,  nokk.error.digits",
        "7209053201150001, nokk.error.date",
        "7209051513150001, nokk.error.date",
        "7209051501150000, nokk.error.serial"
    })
    void checksFamilyCardNumbers(String text, String key) {
        if (key == null) {
            assertThat(NoKk.parse(text).provinceCode()).isEqualTo("72");
        } else {
            assertThatThrownBy(() -> NoKk.parse(text))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(key));
        }
    }

    @ParameterizedTest
    @CsvSource({"'12345678901', 12*******01", "'123 4567 8901', 12*******01"})
    void kpjIsElevenDigitsAndMasked(String text, String masked) {
        assertThat(Kpj.parse(text).masked()).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"1234567890", "123456789012", "1234567890A"})
    void refusesKpjOfAnotherLength(String text) {
        assertThatThrownBy(() -> Kpj.parse(text))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("kpj.error.digits"));
    }
}
