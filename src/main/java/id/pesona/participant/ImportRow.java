package id.pesona.participant;

import id.pesona.document.TabularFile;
import id.pesona.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The import template's columns, their Indonesian headers, and the mapping of one row to a proposal. */
final class ImportRow {

    enum Column {
        NIK("NIK", true),
        NO_KK("No KK", false),
        NAMA("Nama Lengkap", true),
        TEMPAT_LAHIR("Tempat Lahir", false),
        TANGGAL_LAHIR("Tanggal Lahir", true),
        JENIS_KELAMIN("Jenis Kelamin", true),
        ALAMAT("Alamat", false),
        KODE_DESA("Kode Desa", true),
        PEKERJAAN("Pekerjaan", true),
        TELEPON("Telepon", false),
        PENGHASILAN("Penghasilan", false),
        SILTAP("Siltap", false),
        SUMBER_DANA("Sumber Dana", true),
        NAMA_PENYANDANG_DANA("Nama Penyandang Dana", false),
        TAHUN_PROGRAM("Tahun Program", true),
        PERNYATAAN("Pernyataan Bekerja dan Sehat", true),
        AHLI_WARIS_NAMA("Ahli Waris Nama", false),
        AHLI_WARIS_HUBUNGAN("Ahli Waris Hubungan", false),
        AHLI_WARIS_NIK("Ahli Waris NIK", false);

        final String header;
        final boolean required;

        Column(String header, boolean required) {
            this.header = header;
            this.required = required;
        }
    }

    static final List<String> EXAMPLE = List.of(
            "7209051206900001",
            "7209051501150001",
            "Hasan Lamadi",
            "Ampana",
            "12/06/1990",
            "L",
            "Dusun 2, Sansarino",
            "72.09.05.2001",
            "Nelayan",
            "081234567890",
            "1.000.000",
            "",
            "APBDes",
            "Dana Desa",
            "2025",
            "YA",
            "Siti Lamadi",
            "ISTRI",
            "");

    private ImportRow() {}

    static String normalise(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Finds the template's columns in a header row; refuses the file naming the missing ones. */
    static Map<Column, Integer> columns(List<String> header) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String h = normalise(header.get(i));
            for (Column c : Column.values()) {
                if (normalise(c.header).equals(h)) {
                    found.putIfAbsent(c, i);
                }
            }
        }
        List<String> missing = java.util.Arrays.stream(Column.values())
                .filter(c -> c.required && !found.containsKey(c))
                .map(c -> c.header)
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("file", "import.error.headers", String.join(", ", missing));
        }
        return found;
    }

    static NewParticipant toProposal(TabularFile.Line line, Map<Column, Integer> cols) {
        java.util.function.Function<Column, String> v = c -> cols.containsKey(c) ? line.cell(cols.get(c)) : "";
        Integer year;
        try {
            year = v.apply(Column.TAHUN_PROGRAM).isBlank() ? null : Integer.valueOf(v.apply(Column.TAHUN_PROGRAM));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("programmeYear", "participant.error.programmeYear");
        }
        List<NewParticipant.NewHeir> heirs = v.apply(Column.AHLI_WARIS_NAMA).isBlank()
                ? List.of()
                : List.of(new NewParticipant.NewHeir(
                        v.apply(Column.AHLI_WARIS_NAMA),
                        v.apply(Column.AHLI_WARIS_HUBUNGAN)
                                .toUpperCase(Locale.ROOT)
                                .replace(' ', '_'),
                        v.apply(Column.AHLI_WARIS_NIK),
                        null));
        return new NewParticipant(
                v.apply(Column.NIK),
                v.apply(Column.NO_KK),
                v.apply(Column.NAMA),
                v.apply(Column.TEMPAT_LAHIR),
                date(v.apply(Column.TANGGAL_LAHIR)),
                sex(v.apply(Column.JENIS_KELAMIN)),
                v.apply(Column.ALAMAT),
                v.apply(Column.KODE_DESA),
                code(v.apply(Column.PEKERJAAN)),
                v.apply(Column.TELEPON),
                v.apply(Column.PENGHASILAN),
                v.apply(Column.SILTAP),
                funding(v.apply(Column.SUMBER_DANA)),
                v.apply(Column.NAMA_PENYANDANG_DANA),
                year,
                yes(v.apply(Column.PERNYATAAN)),
                null,
                heirs,
                // a spreadsheet cannot confirm: differences are kept as notes on the record
                true);
    }

    /** ISO, day/month/year, or an Excel date serial. */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return TabularFile.date(text)
                .orElseThrow(() -> new InvalidInputException("birthDate", "import.error.date", text));
    }

    static String sex(String text) {
        String t = normalise(text);
        return t.startsWith("p") || t.equals("wanita") ? "P" : t.startsWith("l") || t.equals("pria") ? "L" : text;
    }

    /** "Pedagang kecil" → PEDAGANG_KECIL; codes pass through. */
    static String code(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        return t.equals("PEKERJA_INFORMAL_LAINNYA") ? "INFORMAL_LAINNYA" : t;
    }

    static String funding(String text) {
        String t = normalise(text);
        return switch (t) {
            case "apbdes", "danadesa", "add", "pades" -> "APBDES";
            case "apbd", "apbdkabupaten", "apbdkab" -> "APBD_KABUPATEN";
            case "apbdprovinsi", "apbdprov" -> "APBD_PROVINSI";
            case "lainnya", "lain" -> "LAINNYA";
            default -> text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        };
    }

    static boolean yes(String text) {
        String t = normalise(text);
        return t.equals("ya") || t.equals("y") || t.equals("true") || t.equals("1") || t.equals("yes");
    }
}
