package id.pesona.document;

import id.pesona.shared.Letterhead;
import java.time.LocalDate;

/** The letterhead screen's fields as typed, prefilled from the letterhead in force. */
public class LetterheadForm {

    private String government;
    private String agency;
    private String address;
    private String contact;
    private String city;
    private String signerName;
    private String signerTitle;
    private String signerNip;
    private String signerRank;
    private String validFrom;
    private boolean removeLogo;

    static LetterheadForm of(Letterhead l, LocalDate validFrom) {
        LetterheadForm f = new LetterheadForm();
        f.government = l.government();
        f.agency = l.agency();
        f.address = l.address();
        f.contact = l.contact();
        f.city = l.city();
        f.signerName = l.signerName();
        f.signerTitle = l.signerTitle();
        f.signerNip = l.signerNip();
        f.signerRank = l.signerRank();
        f.validFrom = validFrom.toString();
        return f;
    }

    public String getGovernment() {
        return government;
    }

    public void setGovernment(String v) {
        government = v;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String v) {
        agency = v;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String v) {
        address = v;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String v) {
        contact = v;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String v) {
        city = v;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String v) {
        signerName = v;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String v) {
        signerTitle = v;
    }

    public String getSignerNip() {
        return signerNip;
    }

    public void setSignerNip(String v) {
        signerNip = v;
    }

    public String getSignerRank() {
        return signerRank;
    }

    public void setSignerRank(String v) {
        signerRank = v;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String v) {
        validFrom = v;
    }

    public boolean isRemoveLogo() {
        return removeLogo;
    }

    public void setRemoveLogo(boolean v) {
        removeLogo = v;
    }
}
