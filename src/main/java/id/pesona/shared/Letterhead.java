package id.pesona.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The regency letterhead (kop surat), logo and signatory printed on letters and statements. The admin keeps them in
 * effective-dated rows (document module, {@code /admin/kop-surat}); this configuration ({@code pesona.letterhead.*})
 * is the letterhead until the first row exists.
 *
 * @param contact phone and e-mail line under the address, empty when none
 * @param signerNip the signatory's NIP, 18 digits, empty when unknown
 * @param signerRank pangkat/golongan, e.g. "Pembina Utama Muda (IV/c)", empty when none
 * @param logo the logo as a {@code data:} URI for the PDF renderer, empty when none
 */
@ConfigurationProperties("pesona.letterhead")
public record Letterhead(
        @DefaultValue("PEMERINTAH KABUPATEN TOJO UNA-UNA") String government,
        @DefaultValue("DINAS TENAGA KERJA DAN TRANSMIGRASI") String agency,

        @DefaultValue("Jl. Jenderal Sudirman, Ampana, Kabupaten Tojo Una-Una, Sulawesi Tengah")
        String address,

        @DefaultValue("") String contact,
        @DefaultValue("Ampana") String city,

        @DefaultValue("Kepala Dinas Tenaga Kerja dan Transmigrasi")
        String signerTitle,

        @DefaultValue("(nama kepala dinas)") String signerName,
        @DefaultValue("") String signerNip,
        @DefaultValue("") String signerRank,
        @DefaultValue("") String logo) {

    /** The NIP as it is printed: birth date, appointment month, sex, serial ("19700101 199503 1 001"). */
    public String nipPrinted() {
        if (signerNip == null || signerNip.length() != 18) {
            return signerNip == null ? "" : signerNip;
        }
        return signerNip.substring(0, 8) + " " + signerNip.substring(8, 14) + " " + signerNip.substring(14, 15) + " "
                + signerNip.substring(15);
    }
}
