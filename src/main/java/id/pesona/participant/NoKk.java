package id.pesona.participant;

import id.pesona.shared.InvalidInputException;
import java.io.Serializable;

/** A family card number: 16 digits, the region prefix, the issue date DDMMYY and a serial that is never 0000. */
public record NoKk(String value) implements Serializable {

    public NoKk {
        if (value == null || !value.matches("\\d{16}")) {
            throw new InvalidInputException("noKk", "nokk.error.digits");
        }
        int day = Integer.parseInt(value.substring(6, 8));
        int month = Integer.parseInt(value.substring(8, 10));
        if (day < 1
                || day > 31
                || month < 1
                || month > 12
                || day > java.time.Month.of(month).maxLength()) {
            throw new InvalidInputException("noKk", "nokk.error.date", value.substring(6, 12));
        }
        if (value.endsWith("0000")) {
            throw new InvalidInputException("noKk", "nokk.error.serial");
        }
    }

    public static NoKk parse(String text) {
        return new NoKk(text == null ? null : text.replaceAll("[\\s.\\-]", ""));
    }

    public String provinceCode() {
        return value.substring(0, 2);
    }
}
