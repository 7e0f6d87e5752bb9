package id.pesona.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvRecordsTest {

    /** Every record of {@code text}, each as "line:field|field|...". */
    static List<String> records(String text, char separator) throws Exception {
        List<String> out = new ArrayList<>();
        try (CsvRecords csv = new CsvRecords(new StringReader(text), separator, 100)) {
            for (List<String> r; (r = csv.next()) != null; ) {
                out.add(csv.line() + ":" + String.join("|", r));
            }
        }
        return out;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("plain", "a,b,c\n1,2,3\n", List.of("1:a|b|c", "2:1|2|3")),
                Arguments.of("no final line break", "a,b\n1,2", List.of("1:a|b", "2:1|2")),
                Arguments.of("CRLF and lone CR", "a,b\r\n1,2\r3,4\r\n", List.of("1:a|b", "2:1|2", "3:3|4")),
                Arguments.of("empty fields", ",,\n", List.of("1:||")),
                Arguments.of("blank line is an empty record", "a\n\nb\n", List.of("1:a", "2:", "3:b")),
                Arguments.of("separator inside quotes", "\"Lamadi, Hasan\",x\n", List.of("1:Lamadi, Hasan|x")),
                Arguments.of("doubled quotes", "\"Dusun \"\"2\"\"\",x\n", List.of("1:Dusun \"2\"|x")),
                Arguments.of("only a doubled quote", "\"\"\"\"\n", List.of("1:\"")),
                Arguments.of("empty quoted field", "\"\",b\n", List.of("1:|b")),
                Arguments.of(
                        "line break inside quotes is one record; the next keeps its line",
                        "nama,alamat\n\"Siti\",\"Jl. Merdeka 1\nRT 02\r\nAmpana\"\nBudi,Tojo\n",
                        List.of("1:nama|alamat", "2:Siti|Jl. Merdeka 1\nRT 02\r\nAmpana", "5:Budi|Tojo")),
                Arguments.of("quote inside an unquoted field is text", "Dusun \"2,x\n", List.of("1:Dusun \"2|x")),
                Arguments.of("text after a closing quote is kept", "\"a\"b,c\n", List.of("1:ab|c")),
                Arguments.of("unclosed quote runs to the end", "a,\"b\nc", List.of("1:a|b\nc")),
                Arguments.of("empty input", "", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsRfc4180(String name, String text, List<String> expected) throws Exception {
        assertThat(records(text, ',')).containsExactlyElementsOf(expected);
    }

    @Test
    void theSeparatorIsTheCallers() throws Exception {
        assertThat(records("a;\"b;c\",d\n", ';')).containsExactly("1:a|b;c,d");
        assertThat(records("a\tb,c\n", '\t')).containsExactly("1:a|b,c");
    }

    @Test
    void aFieldLongerThanTheBoundIsRefusedWithItsLine() {
        assertThatThrownBy(() -> records("ok\n\"" + "x".repeat(101) + "\"\n", ','))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.error.cellTooLongRow");
                    assertThat(e.args()).containsExactly(2, 100);
                });
        assertThatThrownBy(() -> records(",".repeat(CsvRecords.MAX_FIELDS), ','))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.tooManyColumns"));
    }
}
