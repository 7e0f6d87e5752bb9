package id.pesona.participant;

import java.time.LocalDate;
import java.util.List;

/** A proposal as typed in the form, the API or an import row; validated by {@link Participants#propose}. */
public record NewParticipant(
        String nik,
        String noKk,
        String fullName,
        String birthPlace,
        LocalDate birthDate,
        String sex,
        String address,
        String village,
        String occupation,
        String phone,
        String declaredIncome,
        String siltap,
        String fundingSource,
        String fundingName,
        Integer programmeYear,
        Boolean declaredFit,
        Long replacesId,
        List<NewHeir> heirs,
        Boolean confirmWarnings) {

    public record NewHeir(String fullName, String relation, String nik, String phone) {
        boolean blank() {
            return (fullName == null || fullName.isBlank()) && (nik == null || nik.isBlank());
        }
    }
}
