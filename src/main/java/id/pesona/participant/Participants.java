package id.pesona.participant;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.region.Region;
import id.pesona.region.Regions;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.FundingSource;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.Limits;
import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.Role;
import id.pesona.shared.Rupiah;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's use cases: a village proposes, the Dinas verifies, BPJS registers with the KPJ number, and a
 * membership stops with a reason. Every step checks the user's scope and is audited with its actor.
 */
@Service
public class Participants {

    /** A page of the list and the cursor of the next one. */
    public record Page(List<Participant> rows, Long nextAfter) {}

    private final ParticipantStore store;
    private final Quotas quotas;
    private final Regions regions;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final DuplicateLog duplicates;
    private final ExitRequestStore exits;
    private final Clock clock;

    Participants(
            ParticipantStore store,
            Quotas quotas,
            Regions regions,
            AuditTrail audit,
            JdbcClient jdbc,
            DuplicateLog duplicates,
            ExitRequestStore exits,
            Clock clock) {
        this.store = store;
        this.exits = exits;
        this.duplicates = duplicates;
        this.quotas = quotas;
        this.regions = regions;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** ADMIN and BPJS see NIK and KPJ whole; every other role sees them masked. */
    public static boolean seesIdentifiers() {
        Role r = CurrentUser.require().role();
        return r == Role.ADMIN || r == Role.BPJS;
    }

    @Transactional(readOnly = true)
    public Participant get(long id) {
        Participant p = store.byId(id).orElseThrow(() -> new NotFoundException("Peserta " + id));
        // 404 for an id that does not exist, 403 for another village's worker (as for every other scoped page)
        CurrentUser.requireInScope(p.village());
        return p;
    }

    /** The participant active under a NIK, if any, wherever it is (for imports: update instead of duplicate). */
    @Transactional(readOnly = true)
    public java.util.Optional<Participant> activeByNik(String nik) {
        return store.activeByNik(nik);
    }

    @Transactional(readOnly = true)
    public List<Heir> heirs(long id) {
        get(id);
        return store.heirs(id);
    }

    @Transactional(readOnly = true)
    public Page page(
            String text, RegionCode region, ParticipantStatus status, Occupation occupation, Long after, int size) {
        List<Participant> rows = store.page(
                CurrentUser.scope(), new ParticipantStore.Filter(text, region, status, occupation, after), size + 1);
        boolean more = rows.size() > size;
        List<Participant> page = more ? rows.subList(0, size) : rows;
        return new Page(page, more ? page.get(page.size() - 1).id() : null);
    }

    /** Hands every participant of the filter (scoped) to {@code sink}, row by row, inside one read transaction. */
    @Transactional(readOnly = true)
    public void forEach(
            String text,
            RegionCode region,
            ParticipantStatus status,
            Occupation occupation,
            java.util.function.Consumer<Participant> sink) {
        try (var rows = store.stream(
                CurrentUser.scope(), new ParticipantStore.Filter(text, region, status, occupation, null))) {
            rows.forEach(sink);
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'DESA')")
    @Transactional
    public Participant propose(NewParticipant n) {
        LocalDate today = LocalDate.now(clock);
        // where: a village inside the user's scope
        RegionCode villageCode = RegionCode.tryParse(n.village())
                .orElseThrow(() -> new InvalidInputException("village", "participant.error.village"));
        Region village = regions.find(villageCode)
                .filter(r -> r.level().isVillage())
                .orElseThrow(() -> new InvalidInputException("village", "participant.error.village"));
        CurrentUser.requireInScope(villageCode);

        // who
        Nik nik = Nik.parse(n.nik());
        if (!regions.exists(new RegionCode(nik.provinceCode()))) {
            throw new InvalidInputException("nik", "nik.error.province", nik.provinceCode());
        }
        String fullName = required("fullName", n.fullName(), 120);
        if (n.birthDate() == null) {
            throw new InvalidInputException("birthDate", "participant.error.birthDate");
        }
        if (n.birthDate().isAfter(today)) {
            throw new InvalidInputException("birthDate", "participant.error.birthDate.future");
        }
        Sex sex = enumOf(Sex.class, n.sex(), "sex");
        NoKk noKk = n.noKk() == null || n.noKk().isBlank() ? null : NoKk.parse(n.noKk());
        if (noKk != null && !regions.exists(new RegionCode(noKk.provinceCode()))) {
            throw new InvalidInputException("noKk", "nokk.error.province", noKk.provinceCode());
        }
        String phone = optional("phone", n.phone(), 20);
        String birthPlace = optional("birthPlace", n.birthPlace(), 80);
        String address = optional("address", n.address(), 300);
        if (phone != null && !phone.matches("[0-9+][0-9 \\-]{7,19}")) {
            throw new InvalidInputException("phone", "participant.error.phone");
        }
        AgeRule age = ageRuleOn(today);
        int years = Period.between(n.birthDate(), today).getYears();
        if (years < age.min() || years > age.max()) {
            throw new InvalidInputException("birthDate", "participant.error.age", years, age.min(), age.max());
        }

        // what
        Occupation occupation = enumOf(Occupation.class, n.occupation(), "occupation");
        Segment segment = occupation == Occupation.PERANGKAT_DESA ? Segment.PU : Segment.BPU;
        Long income = null;
        Long siltap = null;
        if (segment == Segment.BPU) {
            income = money("declaredIncome", n.declaredIncome());
        } else {
            siltap = money("siltap", n.siltap());
        }
        FundingSource funding = enumOf(FundingSource.class, n.fundingSource(), "fundingSource");
        String fundingName = optional("fundingName", n.fundingName(), 120);
        if (funding == FundingSource.LAINNYA && fundingName == null) {
            throw new InvalidInputException("fundingName", "participant.error.fundingName");
        }
        if (n.programmeYear() == null || n.programmeYear() < 2015 || n.programmeYear() > today.getYear() + 1) {
            throw new InvalidInputException("programmeYear", "participant.error.programmeYear");
        }
        if (!Boolean.TRUE.equals(n.declaredFit())) {
            throw new InvalidInputException("declaredFit", "participant.error.declaration");
        }
        List<NewParticipant.NewHeir> heirs = n.heirs() == null
                ? List.of()
                : n.heirs().stream().filter(h -> !h.blank()).toList();
        for (NewParticipant.NewHeir h : heirs) {
            required("heirs", h.fullName(), 120);
            optional("heirPhone", h.phone(), 20);
            if (h.relation() == null || !Heir.RELATIONS.contains(h.relation())) {
                throw new InvalidInputException("heirs", "heir.error.relation");
            }
            if (h.nik() != null && !h.nik().isBlank()) {
                try {
                    Nik.parse(h.nik());
                } catch (InvalidInputException e) {
                    throw new InvalidInputException("heirs", "heir.error.nik", h.fullName());
                }
            }
        }

        // a NIK is active in one place only
        store.activeByNik(nik.value()).ifPresent(other -> {
            duplicates.record(nik, villageCode, other, DuplicateLog.Source.USULAN);
            String where = regions.find(other.village())
                    .map(Region::name)
                    .orElse(other.village().dotted());
            throw new id.pesona.shared.ConflictException(
                    "nik", "participant.error.nikActive", where, other.village().dotted(), label(other.status()));
        });
        if (n.replacesId() != null) {
            Participant replaced = store.byId(n.replacesId())
                    .filter(r -> r.village().equals(villageCode) && r.status() == ParticipantStatus.BERHENTI)
                    .orElseThrow(() -> new InvalidInputException("replacesId", "participant.error.replaces"));
            if (jdbc.sql("select count(*) from participant where replaces_id = ?")
                            .param(replaced.id())
                            .query(Long.class)
                            .single()
                    > 0) {
                throw new InvalidInputException("replacesId", "participant.error.replacedTwice");
            }
        }
        if (segment == Segment.BPU) {
            // two operators proposing at once must not both take the last slot
            regions.lock(villageCode);
            long used = store.used(villageCode);
            int quota = quotas.quotaFor(villageCode, n.programmeYear());
            if (used >= quota) {
                // the last slot taken (also by a proposal a moment ago): a conflict with the quota, 409 in the API
                throw new id.pesona.shared.ConflictException(
                        "village",
                        "participant.error.quota",
                        village.name(),
                        String.valueOf(n.programmeYear()),
                        quota,
                        used);
            }
        }

        // warnings the operator confirms
        List<String> warnings = warnings(nik, n.birthDate(), sex, villageCode, today);
        if (!warnings.isEmpty() && !Boolean.TRUE.equals(n.confirmWarnings())) {
            throw new NikWarningsException(warnings);
        }

        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try {
            jdbc.sql("""
                            insert into participant (nik, active_nik, no_kk, full_name, birth_place, birth_date, sex,
                                address, village_code, occupation, phone, declared_income, siltap, segment,
                                funding_source, funding_name, programme_year, status, replaces_id, declared_fit,
                                nik_warnings, proposed_by, created_at)
                            values (:nik, :nik, :kk, :name, :place, :birth, :sex, :address, :village, :occupation,
                                :phone, :income, :siltap, :segment, :funding, :fundingName, :year, 'DIUSULKAN',
                                :replaces, true, :warnings, :by, :now)
                            """)
                    .param("nik", nik.value())
                    .param("kk", noKk == null ? null : noKk.value())
                    .param("name", fullName)
                    .param("place", birthPlace)
                    .param("birth", n.birthDate())
                    .param("sex", sex.name())
                    .param("address", address)
                    .param("village", villageCode.digits())
                    .param("occupation", occupation.name())
                    .param("phone", phone)
                    .param("income", income)
                    .param("siltap", siltap)
                    .param("segment", segment.name())
                    .param("funding", funding.name())
                    .param("fundingName", fundingName)
                    .param("year", n.programmeYear())
                    .param("replaces", n.replacesId())
                    .param("warnings", warnings.isEmpty() ? null : String.join(",", warnings))
                    .param("by", CurrentUser.actorName())
                    .param("now", now)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new id.pesona.shared.ConflictException("nik", "participant.error.nikActive.race");
        }
        long id = jdbc.sql("select id from participant where active_nik = ?")
                .param(nik.value())
                .query(Long.class)
                .single();
        for (NewParticipant.NewHeir h : heirs) {
            jdbc.sql("insert into heir (participant_id, full_name, relation, nik, phone) values (?, ?, ?, ?, ?)")
                    .params(
                            id,
                            h.fullName().strip().replaceAll("\\s+", " "),
                            h.relation(),
                            h.nik() == null || h.nik().isBlank()
                                    ? null
                                    : Nik.parse(h.nik()).value(),
                            optional("heirPhone", h.phone(), 20))
                    .update();
        }
        Participant created = store.byId(id).orElseThrow();
        audit.record(
                AuditAction.CREATE,
                "PARTICIPANT",
                String.valueOf(id),
                villageCode.digits(),
                "Usulan peserta " + fullName + " (" + nik.masked() + ") di " + village.name(),
                null,
                snapshot(created));
        return created;
    }

    /**
     * Applies an imported row to the participant already active under its NIK in the same village: the changeable
     * particulars (name, birth place, address, phone, income or siltap, No. KK, funder's name). Returns false when the
     * row changes nothing, so re-uploading a file is idempotent.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DESA')")
    @Transactional
    public boolean updateFromImport(Participant before, NewParticipant n) {
        CurrentUser.requireInScope(before.village());
        String fullName = required("fullName", n.fullName(), 120);
        String noKk = n.noKk() == null || n.noKk().isBlank()
                ? before.noKk()
                : NoKk.parse(n.noKk()).value();
        String phone = n.phone() == null || n.phone().isBlank() ? before.phone() : optional("phone", n.phone(), 20);
        if (phone != null && !phone.matches("[0-9+][0-9 \\-]{7,19}")) {
            throw new InvalidInputException("phone", "participant.error.phone");
        }
        Long income = before.segment() == Segment.BPU
                        && n.declaredIncome() != null
                        && !n.declaredIncome().isBlank()
                ? Long.valueOf(money("declaredIncome", n.declaredIncome()))
                : before.declaredIncome();
        Long siltap = before.segment() == Segment.PU
                        && n.siltap() != null
                        && !n.siltap().isBlank()
                ? Long.valueOf(money("siltap", n.siltap()))
                : before.siltap();
        String birthPlace = n.birthPlace() == null || n.birthPlace().isBlank()
                ? before.birthPlace()
                : optional("birthPlace", n.birthPlace(), 80);
        String address =
                n.address() == null || n.address().isBlank() ? before.address() : optional("address", n.address(), 300);
        String fundingName = n.fundingName() == null || n.fundingName().isBlank()
                ? before.fundingName()
                : optional("fundingName", n.fundingName(), 120);
        boolean same = java.util.Objects.equals(fullName, before.fullName())
                && java.util.Objects.equals(noKk, before.noKk())
                && java.util.Objects.equals(phone, before.phone())
                && java.util.Objects.equals(income, before.declaredIncome())
                && java.util.Objects.equals(siltap, before.siltap())
                && java.util.Objects.equals(birthPlace, before.birthPlace())
                && java.util.Objects.equals(address, before.address())
                && java.util.Objects.equals(fundingName, before.fundingName());
        if (same) {
            return false;
        }
        jdbc.sql("""
                        update participant set full_name = ?, no_kk = ?, phone = ?, declared_income = ?, siltap = ?,
                            birth_place = ?, address = ?, funding_name = ?, updated_at = ? where id = ?
                        """)
                .params(fullName, noKk, phone, income, siltap, birthPlace, address, fundingName, now(), before.id())
                .update();
        changed(before, "Perbarui data dari impor: " + fullName);
        return true;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Participant verify(long id) {
        Participant before = get(id);
        requireStatus(before, ParticipantStatus.DIUSULKAN);
        jdbc.sql("update participant set status = 'DIVERIFIKASI', declaration_verified_by = ?, updated_at = ?"
                        + " where id = ?")
                .params(CurrentUser.actorName(), now(), id)
                .update();
        return changed(before, "Verifikasi peserta " + before.fullName());
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS')")
    @Transactional
    public Participant register(long id, String kpjText, LocalDate registeredOn) {
        Participant before = get(id);
        requireStatus(before, ParticipantStatus.DIVERIFIKASI);
        Kpj kpj = Kpj.parse(kpjText);
        if (store.kpjTaken(kpj.value())) {
            throw new InvalidInputException("kpj", "kpj.error.taken");
        }
        LocalDate on = registeredOn == null ? LocalDate.now(clock) : registeredOn;
        if (on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("registeredOn", "participant.error.registeredOn");
        }
        jdbc.sql("update participant set status = 'TERDAFTAR', kpj = ?, registered_on = ?, updated_at = ? where id = ?")
                .params(kpj.value(), on, now(), id)
                .update();
        return changed(before, "Pendaftaran BPJS " + before.fullName() + " KPJ " + kpj.masked());
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS')")
    @Transactional
    public Participant stop(long id, String reasonText, LocalDate endedOn) {
        Participant before = get(id);
        if (before.status() == ParticipantStatus.BERHENTI) {
            throw new InvalidInputException("status", "participant.error.transition", label(before.status()));
        }
        EndReason reason = enumOf(EndReason.class, reasonText, "endReason");
        LocalDate on = endedOn == null ? LocalDate.now(clock) : endedOn;
        if (on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("endedOn", "participant.error.endedOn");
        }
        jdbc.sql("""
                        update participant set status = 'BERHENTI', active_nik = null, end_reason = ?, ended_on = ?,
                            updated_at = ? where id = ?
                        """).params(reason.name(), on, now(), id).update();
        // a village's open exit request is settled by the end of the membership, whoever ended it
        exits.closeOpen(id, CurrentUser.actorName(), clock.instant());
        return changed(before, "Peserta berhenti (" + reason.name() + "): " + before.fullName());
    }

    private Participant changed(Participant before, String summary) {
        Participant after = store.byId(before.id()).orElseThrow();
        audit.record(
                AuditAction.UPDATE,
                "PARTICIPANT",
                String.valueOf(before.id()),
                before.village().digits(),
                summary,
                snapshot(before),
                snapshot(after));
        return after;
    }

    private static void requireStatus(Participant p, ParticipantStatus expected) {
        if (p.status() != expected) {
            throw new InvalidInputException("status", "participant.error.transition", label(p.status()));
        }
    }

    /** A status as the user reads it ("Diusulkan"), resolved with the rest of the message. */
    private static org.springframework.context.MessageSourceResolvable label(ParticipantStatus status) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(status.messageKey());
    }

    /** Disagreements between the NIK and what was entered, as {@code nik.warning.*} codes. */
    List<String> warnings(Nik nik, LocalDate birthDate, Sex sex, RegionCode village, LocalDate today) {
        List<String> w = new ArrayList<>();
        if (!nik.birthDate(today).equals(birthDate)) {
            w.add("BIRTH_DATE");
        }
        if (nik.sex() != sex) {
            w.add("SEX");
        }
        RegionCode district = new RegionCode(nik.districtCode());
        if (!regions.exists(district)) {
            w.add("DISTRICT_UNKNOWN");
        } else if (!district.contains(village)) {
            w.add("DISTRICT_ELSEWHERE");
        }
        return w;
    }

    record AgeRule(int min, int max, String legalBasis) {}

    AgeRule ageRuleOn(LocalDate date) {
        return jdbc.sql("select min_age, max_age, legal_basis from age_rule where valid_from <= ?"
                        + " order by valid_from desc, id desc fetch first 1 rows only")
                .param(date)
                .query((rs, n) -> new AgeRule(rs.getInt(1), rs.getInt(2), rs.getString(3)))
                .optional()
                .orElse(new AgeRule(0, 200, "-"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String required(String field, String value, int max) {
        String v = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (v.isEmpty()) {
            throw new InvalidInputException(field, "participant.error.required." + field);
        }
        Limits.length(field, v, max);
        return v;
    }

    /** An optional text, refused (never cut) when longer than its column. */
    private static String optional(String field, String value, int max) {
        return Limits.text(field, value, max);
    }

    private static long money(String field, String text) {
        long v = Rupiah.parse(text).orElseThrow(() -> new InvalidInputException(field, "participant.error.money"));
        if (v <= 0) {
            throw new InvalidInputException(field, "participant.error.money");
        }
        return Limits.amount(field, v);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "participant.error.choice." + field);
        }
    }

    static Map<String, Object> snapshot(Participant p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nik", p.nik().value());
        m.put("nama", p.fullName());
        m.put("desa", p.village().dotted());
        m.put("status", p.status().name());
        m.put("pekerjaan", p.occupation().name());
        m.put("segmen", p.segment().name());
        m.put("sumberDana", p.fundingSource().name());
        m.put("tahunProgram", p.programmeYear());
        m.put("kpj", p.kpj() == null ? null : p.kpj().value());
        m.put("terdaftar", p.registeredOn() == null ? null : p.registeredOn().toString());
        m.put("alasanBerhenti", p.endReason() == null ? null : p.endReason().name());
        m.put("berhenti", p.endedOn() == null ? null : p.endedOn().toString());
        return m;
    }
}
