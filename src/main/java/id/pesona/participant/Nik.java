package id.pesona.participant;

import id.pesona.shared.InvalidInputException;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A NIK (Nomor Induk Kependudukan): {@code PPKKCC DDMMYY SSSS}: the province, regency and district where it was first
 * issued, the birth date with 40 added to the day for women, and a serial that is never 0000. Parsed once at the edge;
 * the rest of the code never sees a raw string. Whether the province exists is checked against the region table by the
 * caller; mismatches with the entered birth date, sex or residence are warnings, never refusals (Dukcapil does not
 * re-issue a NIK for a wrongly recorded birth date, and people move).
 */
public record Nik(String value) implements Serializable {

    public Nik {
        if (value == null || !value.matches("\\d{16}")) {
            throw new InvalidInputException("nik", "nik.error.digits");
        }
        int day = Integer.parseInt(value.substring(6, 8));
        int month = Integer.parseInt(value.substring(8, 10));
        int d = day > 40 ? day - 40 : day;
        if (d < 1 || d > 31 || month < 1 || month > 12 || (day > 31 && day < 41) || day > 71) {
            throw new InvalidInputException("nik", "nik.error.date", value.substring(6, 12));
        }
        // 29 February needs a leap year in the century meant: 20YY or 19YY, both leap exactly when YY % 4 == 0
        // (2000 is leap; 1900 is not, but nobody alive was born then)
        int yy = Integer.parseInt(value.substring(10, 12));
        if (d > java.time.Month.of(month).maxLength() || (month == 2 && d == 29 && yy % 4 != 0)) {
            throw new InvalidInputException("nik", "nik.error.date", value.substring(6, 12));
        }
        if (value.endsWith("0000")) {
            throw new InvalidInputException("nik", "nik.error.serial");
        }
    }

    /** Accepts spaces and dots as typed or pasted ("7209 0512 0690 0001"). */
    public static Nik parse(String text) {
        return new Nik(text == null ? null : text.replaceAll("[\\s.\\-]", ""));
    }

    public String provinceCode() {
        return value.substring(0, 2);
    }

    public String regencyCode() {
        return value.substring(0, 4);
    }

    /** The kecamatan code (6 digits) where the NIK was first issued. */
    public String districtCode() {
        return value.substring(0, 6);
    }

    public Sex sex() {
        return Integer.parseInt(value.substring(6, 8)) > 40 ? Sex.P : Sex.L;
    }

    /**
     * The birth date encoded in the NIK. Two-digit years are read in the century that puts the date on or before
     * {@code today}.
     */
    public LocalDate birthDate(LocalDate today) {
        int day = Integer.parseInt(value.substring(6, 8));
        int month = Integer.parseInt(value.substring(8, 10));
        int yy = Integer.parseInt(value.substring(10, 12));
        int year = 2000 + yy;
        if (year > today.getYear()) {
            year -= 100;
        }
        return LocalDate.of(year, month, day > 40 ? day - 40 : day);
    }

    /** {@code 7209********0001}: the district and the serial, never the birth date. */
    public String masked() {
        return value.substring(0, 4) + "********" + value.substring(12);
    }

    @Override
    public String toString() {
        return masked();
    }
}
