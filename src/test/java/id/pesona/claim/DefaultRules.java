package id.pesona.claim;

import java.time.LocalDate;
import java.util.List;

/**
 * The benefit rule rows the migrations seed (domain.md): V40's rows and V43's corrections (a newer row of the same
 * start date wins), for the pure tests.
 */
final class DefaultRules {

    static final LocalDate FROM = LocalDate.of(2019, 12, 1);

    private DefaultRules() {}

    static BenefitRule row(
            long id, BenefitCode code, Long amount, Integer multiple, Integer bp, Integer qty, Integer m) {
        return new BenefitRule(id, code, FROM, amount, multiple, bp, qty, m, "PP 82/2019", "sistem");
    }

    static BenefitRules rules() {
        return new BenefitRules(List.of(
                row(1, BenefitCode.JKM_SEKALIGUS, 20_000_000L, null, null, null, null),
                row(2, BenefitCode.JKM_BERKALA, 500_000L, null, null, 24, null),
                row(3, BenefitCode.JKM_PEMAKAMAN, 10_000_000L, null, null, null, null),
                new BenefitRule(
                        4,
                        BenefitCode.JKM_AWAL,
                        LocalDate.of(2025, 1, 1),
                        10_000_000L,
                        null,
                        null,
                        null,
                        3,
                        "Permenaker 1/2025",
                        "sistem"),
                row(5, BenefitCode.JKM_BEASISWA, 174_000_000L, null, null, 2, 36),
                row(6, BenefitCode.JKK_PERAWATAN, null, null, null, null, null),
                row(7, BenefitCode.JKK_STMB, null, null, 10_000, null, 12),
                row(8, BenefitCode.JKK_STMB_LANJUT, null, null, 5_000, null, null),
                row(9, BenefitCode.JKK_CACAT_SEBAGIAN, null, 56, null, null, null),
                row(10, BenefitCode.JKK_CACAT_TOTAL, null, 56, null, null, null),
                row(11, BenefitCode.JKK_PERAWATAN_RUMAH, 20_000_000L, null, null, null, null),
                row(12, BenefitCode.JKK_MENINGGAL, null, 48, null, null, null),
                row(13, BenefitCode.JKK_PEMAKAMAN, 10_000_000L, null, null, null, null),
                row(14, BenefitCode.JKK_BERKALA, 500_000L, null, null, 24, null),
                row(15, BenefitCode.JKK_BEASISWA, 174_000_000L, null, null, 2, null),
                row(16, BenefitCode.JKK_BATAS_KLAIM, null, null, null, null, 60),
                row(17, BenefitCode.JKK_BATAS_LAPOR, null, null, null, 2, null),
                // V43: partial disability × 80 (anatomical and functional), the periodic benefit of total disability
                new BenefitRule(
                        18,
                        BenefitCode.JKK_CACAT_SEBAGIAN,
                        FROM,
                        null,
                        80,
                        null,
                        null,
                        null,
                        "PP 82/2019 Lampiran: cacat sebagian anatomis % × 80 × penghasilan",
                        "sistem"),
                new BenefitRule(
                        19,
                        BenefitCode.JKK_CACAT_FUNGSI,
                        FROM,
                        null,
                        80,
                        null,
                        null,
                        null,
                        "PP 82/2019 Lampiran: cacat fungsi",
                        "sistem"),
                row(20, BenefitCode.JKK_CACAT_TOTAL_BERKALA, 500_000L, null, null, 24, null),
                // V43: Permenaker 1/2025 is in force from 24 February 2025; the 1 January row is neutralised (0 months)
                new BenefitRule(
                        21,
                        BenefitCode.JKM_AWAL,
                        LocalDate.of(2025, 1, 1),
                        10_000_000L,
                        null,
                        null,
                        null,
                        0,
                        "Koreksi: Permenaker 1/2025 belum berlaku",
                        "sistem"),
                new BenefitRule(
                        22,
                        BenefitCode.JKM_AWAL,
                        LocalDate.of(2025, 2, 24),
                        10_000_000L,
                        null,
                        null,
                        null,
                        3,
                        "Permenaker 1/2025 (diundangkan 24 Februari 2025)",
                        "sistem"),
                // V44: transport ceilings and the reporting deadline's legal basis
                row(23, BenefitCode.JKK_TRANSPORT_DARAT, 5_000_000L, null, null, null, null),
                row(24, BenefitCode.JKK_TRANSPORT_LAUT, 2_000_000L, null, null, null, null),
                row(25, BenefitCode.JKK_TRANSPORT_UDARA, 10_000_000L, null, null, null, null),
                new BenefitRule(
                        26,
                        BenefitCode.JKK_BATAS_LAPOR,
                        FROM,
                        null,
                        null,
                        null,
                        2,
                        null,
                        "Permenaker 5/2021: 2 × 24 jam",
                        "sistem")));
    }
}
