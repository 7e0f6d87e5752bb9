package id.pesona.claim;

/** JKK: a work accident (at work or on the way to or from work). JKM: a death not caused by work. */
public enum ClaimType {
    JKK,
    JKM;

    public String messageKey() {
        return "claim.type." + name();
    }
}
