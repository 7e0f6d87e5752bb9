package id.pesona.participant;

import id.pesona.shared.InvalidInputException;
import java.util.List;

/**
 * The NIK disagrees with the entered birth date, sex or residence. Not a refusal: the operator looks again and
 * confirms. Carries the warning codes ({@code nik.warning.*}) to show.
 */
public class NikWarningsException extends InvalidInputException {

    private final transient List<String> warnings;

    public NikWarningsException(List<String> warnings) {
        super("nik", "nik.warning.confirm");
        this.warnings = List.copyOf(warnings);
    }

    public List<String> warnings() {
        return warnings;
    }
}
