package id.pesona.claim;

/** How a work-accident victim was taken to care: each way has its own ceiling (a benefit rule row). */
public enum Transport {
    DARAT(BenefitCode.JKK_TRANSPORT_DARAT),
    LAUT(BenefitCode.JKK_TRANSPORT_LAUT),
    UDARA(BenefitCode.JKK_TRANSPORT_UDARA);

    private final BenefitCode rule;

    Transport(BenefitCode rule) {
        this.rule = rule;
    }

    /** The benefit rule row holding this way's ceiling. */
    public BenefitCode rule() {
        return rule;
    }

    public String messageKey() {
        return "claim.transport." + name();
    }
}
