package id.pesona.participant;

/** Sex as on the KTP: laki-laki or perempuan. */
public enum Sex {
    L,
    P;

    public String messageKey() {
        return "sex." + name();
    }
}
