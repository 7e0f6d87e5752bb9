package id.pesona.participant;

/** An heir (ahli waris) of a participant. */
public record Heir(long id, String fullName, String relation, String nik, String phone) {

    public static final java.util.List<String> RELATIONS =
            java.util.List.of("SUAMI", "ISTRI", "ANAK", "ORANG_TUA", "SAUDARA", "LAINNYA");

    public String maskedNik() {
        return nik == null || nik.length() != 16 ? nik : nik.substring(0, 4) + "********" + nik.substring(12);
    }
}
