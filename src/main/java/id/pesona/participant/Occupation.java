package id.pesona.participant;

/** Occupation categories of the programme. */
public enum Occupation {
    NELAYAN,
    PETANI,
    PEDAGANG_KECIL,
    BURUH_HARIAN,
    INFORMAL_LAINNYA,
    PERANGKAT_DESA;

    public String messageKey() {
        return "occupation." + name();
    }
}
