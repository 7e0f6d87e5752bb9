package id.pesona.claim;

import java.util.List;

/**
 * The kinds of benefit rule rows. Each names the numbers its formula reads (the others stay empty): {@code amount}
 * (whole Rupiah), {@code incomeMultiple} (× declared income), {@code basisPoints} (of declared income, 10000 = 100 %),
 * {@code quantity} (payments, children or days) and {@code months}.
 */
public enum BenefitCode {
    JKM_SEKALIGUS(ClaimType.JKM, "amount"),
    JKM_BERKALA(ClaimType.JKM, "amount", "quantity"),
    JKM_PEMAKAMAN(ClaimType.JKM, "amount"),
    /** A death in the first {@code months} of membership pays {@code amount} in all (Permenaker 1/2025). */
    JKM_AWAL(ClaimType.JKM, "amount", "months"),
    /** Scholarship up to {@code amount} for at most {@code quantity} children after {@code months} of membership. */
    JKM_BEASISWA(ClaimType.JKM, "amount", "quantity", "months"),
    /** Medical care as needed: no number. */
    JKK_PERAWATAN(ClaimType.JKK),
    /** Temporary incapacity: {@code basisPoints} of declared income for the first {@code months}. */
    JKK_STMB(ClaimType.JKK, "basisPoints", "months"),
    /** Temporary incapacity after the first months. */
    JKK_STMB_LANJUT(ClaimType.JKK, "basisPoints"),
    /** Permanent partial disability (anatomical): table percentage × {@code incomeMultiple} × declared income. */
    JKK_CACAT_SEBAGIAN(ClaimType.JKK, "incomeMultiple"),
    /**
     * Permanent partial disability (functional): reduction of function × table percentage × {@code incomeMultiple} ×
     * declared income.
     */
    JKK_CACAT_FUNGSI(ClaimType.JKK, "incomeMultiple"),
    JKK_CACAT_TOTAL(ClaimType.JKK, "incomeMultiple"),
    /** Periodic benefit of a permanent total disability: {@code quantity} × {@code amount}, paid at once. */
    JKK_CACAT_TOTAL_BERKALA(ClaimType.JKK, "amount", "quantity"),
    /** Transport to care up to {@code amount}, by land, by sea and by air. */
    JKK_TRANSPORT_DARAT(ClaimType.JKK, "amount"),
    JKK_TRANSPORT_LAUT(ClaimType.JKK, "amount"),
    JKK_TRANSPORT_UDARA(ClaimType.JKK, "amount"),
    /** Home care up to {@code amount} for a year. */
    JKK_PERAWATAN_RUMAH(ClaimType.JKK, "amount"),
    JKK_MENINGGAL(ClaimType.JKK, "incomeMultiple"),
    JKK_PEMAKAMAN(ClaimType.JKK, "amount"),
    JKK_BERKALA(ClaimType.JKK, "amount", "quantity"),
    /** Scholarship up to {@code amount} for at most {@code quantity} children, no minimum membership. */
    JKK_BEASISWA(ClaimType.JKK, "amount", "quantity"),
    /** The right to claim JKK lapses {@code months} after the accident. */
    JKK_BATAS_KLAIM(ClaimType.JKK, "months"),
    /** An accident is reported within {@code quantity} days (2 × 24 hours); later is a warning. */
    JKK_BATAS_LAPOR(ClaimType.JKK, "quantity");

    private final ClaimType type;
    private final List<String> fields;

    BenefitCode(ClaimType type, String... fields) {
        this.type = type;
        this.fields = List.of(fields);
    }

    public ClaimType type() {
        return type;
    }

    /** The numbers a row of this kind must carry. */
    public List<String> fields() {
        return fields;
    }

    public String messageKey() {
        return "benefit." + name();
    }
}
