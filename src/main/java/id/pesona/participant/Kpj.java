package id.pesona.participant;

import id.pesona.shared.InvalidInputException;
import java.io.Serializable;

/**
 * A BPJS Ketenagakerjaan card number (KPJ): 11 digits, assigned by BPJS, no public check digit, kept as text. It unlocks
 * the worker's JMO app balance, so lists show it masked.
 */
public record Kpj(String value) implements Serializable {

    public Kpj {
        if (value == null || !value.matches("\\d{11}")) {
            throw new InvalidInputException("kpj", "kpj.error.digits");
        }
    }

    public static Kpj parse(String text) {
        return new Kpj(text == null ? null : text.replaceAll("[\\s.\\-]", ""));
    }

    public String masked() {
        return value.substring(0, 2) + "*******" + value.substring(9);
    }

    @Override
    public String toString() {
        return masked();
    }
}
