package id.pesona.claim;

import java.util.ArrayList;
import java.util.List;

/** The documents a claim needs before it is complete (berkas lengkap). */
public enum Document {
    KTP,
    KK,
    AKTA_KEMATIAN,
    LAPORAN_KECELAKAAN,
    SURAT_DOKTER,
    DOKUMEN_AHLI_WARIS;

    public String messageKey() {
        return "claim.doc." + name();
    }

    /** The checklist of a claim: JKM needs the death certificate and the heirs' papers; JKK the accident papers. */
    public static List<Document> required(ClaimType type, Outcome outcome) {
        List<Document> out = new ArrayList<>(List.of(KTP, KK));
        if (type == ClaimType.JKK) {
            out.add(LAPORAN_KECELAKAAN);
            out.add(SURAT_DOKTER);
        }
        if (type == ClaimType.JKM || outcome == Outcome.MENINGGAL) {
            out.add(AKTA_KEMATIAN);
            out.add(DOKUMEN_AHLI_WARIS);
        }
        return List.copyOf(out);
    }
}
