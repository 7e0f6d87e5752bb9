package id.pesona.participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The proposal form (a bean for Thymeleaf's field binding), with two heir rows. */
public class ParticipantForm {

    public static class HeirForm {
        private String fullName;
        private String relation;
        private String nik;
        private String phone;

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String v) {
            fullName = v;
        }

        public String getRelation() {
            return relation;
        }

        public void setRelation(String v) {
            relation = v;
        }

        public String getNik() {
            return nik;
        }

        public void setNik(String v) {
            nik = v;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String v) {
            phone = v;
        }
    }

    private String nik;
    private String noKk;
    private String fullName;
    private String birthPlace;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    private String sex;
    private String address;
    private String village;
    private String occupation;
    private String phone;
    private String declaredIncome = "1.000.000";
    private String siltap;
    private String fundingSource;
    private String fundingName;
    private Integer programmeYear;
    private boolean declaredFit;
    private Long replacesId;
    private boolean confirmWarnings;
    private List<HeirForm> heirs = new ArrayList<>(List.of(new HeirForm(), new HeirForm()));

    NewParticipant toNew() {
        return new NewParticipant(
                nik,
                noKk,
                fullName,
                birthPlace,
                birthDate,
                sex,
                address,
                village,
                occupation,
                phone,
                declaredIncome,
                siltap,
                fundingSource,
                fundingName,
                programmeYear,
                declaredFit,
                replacesId,
                heirs.stream()
                        .map(h -> new NewParticipant.NewHeir(h.fullName, h.relation, h.nik, h.phone))
                        .toList(),
                confirmWarnings);
    }

    public String getNik() {
        return nik;
    }

    public void setNik(String v) {
        nik = v;
    }

    public String getNoKk() {
        return noKk;
    }

    public void setNoKk(String v) {
        noKk = v;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String v) {
        fullName = v;
    }

    public String getBirthPlace() {
        return birthPlace;
    }

    public void setBirthPlace(String v) {
        birthPlace = v;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate v) {
        birthDate = v;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String v) {
        sex = v;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String v) {
        address = v;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String v) {
        village = v;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String v) {
        occupation = v;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String v) {
        phone = v;
    }

    public String getDeclaredIncome() {
        return declaredIncome;
    }

    public void setDeclaredIncome(String v) {
        declaredIncome = v;
    }

    public String getSiltap() {
        return siltap;
    }

    public void setSiltap(String v) {
        siltap = v;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(String v) {
        fundingSource = v;
    }

    public String getFundingName() {
        return fundingName;
    }

    public void setFundingName(String v) {
        fundingName = v;
    }

    public Integer getProgrammeYear() {
        return programmeYear;
    }

    public void setProgrammeYear(Integer v) {
        programmeYear = v;
    }

    public boolean isDeclaredFit() {
        return declaredFit;
    }

    public void setDeclaredFit(boolean v) {
        declaredFit = v;
    }

    public Long getReplacesId() {
        return replacesId;
    }

    public void setReplacesId(Long v) {
        replacesId = v;
    }

    public boolean isConfirmWarnings() {
        return confirmWarnings;
    }

    public void setConfirmWarnings(boolean v) {
        confirmWarnings = v;
    }

    public List<HeirForm> getHeirs() {
        return heirs;
    }

    public void setHeirs(List<HeirForm> v) {
        heirs = v;
    }
}
