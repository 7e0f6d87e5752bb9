package id.pesona.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The regency letterhead (kop surat) and signatory printed on letters and statements. Every field is configuration
 * ({@code pesona.letterhead.*}), so another regency, a new head of office or a new address changes no code.
 */
@ConfigurationProperties("pesona.letterhead")
public record Letterhead(
        @DefaultValue("PEMERINTAH KABUPATEN TOJO UNA-UNA") String government,
        @DefaultValue("DINAS TENAGA KERJA DAN TRANSMIGRASI") String agency,

        @DefaultValue("Jl. Jenderal Sudirman, Ampana, Kabupaten Tojo Una-Una, Sulawesi Tengah")
        String address,

        @DefaultValue("Ampana") String city,

        @DefaultValue("Kepala Dinas Tenaga Kerja dan Transmigrasi")
        String signerTitle,

        @DefaultValue("(nama kepala dinas)") String signerName,
        @DefaultValue("") String signerNip) {}
