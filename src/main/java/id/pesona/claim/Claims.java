package id.pesona.claim;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.contribution.Coverage;
import id.pesona.participant.Heir;
import id.pesona.participant.Participant;
import id.pesona.participant.Participants;
import id.pesona.shared.ConflictException;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.Formats;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.Limits;
import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.Rupiah;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The claim use cases: a village (or the Dinas, or BPJS) reports an incident for a participant; eligibility at the
 * incident date is assessed from the participant's cover; BPJS or the Dinas move the claim through its steps. Every
 * step checks the user's scope, is kept as a history row with its actor and time, and is audited.
 */
@Service
public class Claims {

    /** Filter of the claim lists; every part optional. {@code region} may be a kecamatan or a village. */
    public record Filter(
            ClaimStatus status, ClaimType type, Verdict verdict, RegionCode region, LocalDate from, LocalDate to) {}

    /** One step of a claim's history. */
    public record Step(ClaimStatus status, String note, String actor, Instant at) {}

    /** A claim with its participant, live eligibility, estimate, documents, heirs and history. */
    public record Detail(
            Claim claim,
            Participant participant,
            Eligibility.Assessment assessment,
            Benefits.Estimate estimate,
            List<Document> required,
            Set<Document> received,
            List<Heir> heirs,
            List<Step> steps) {}

    static final RowMapper<Claim> ROW = (rs, n) -> new Claim(
            rs.getLong("id"),
            rs.getLong("participant_id"),
            rs.getString("participant_name"),
            new RegionCode(rs.getString("village_code")),
            ClaimType.valueOf(rs.getString("claim_type")),
            rs.getObject("incident_date", LocalDate.class),
            rs.getString("place"),
            rs.getString("description"),
            rs.getString("circumstance") == null ? null : Circumstance.valueOf(rs.getString("circumstance")),
            rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
            rs.getObject("stmb_days", Integer.class),
            rs.getObject("disability_bp", Integer.class),
            rs.getObject("function_loss_bp", Integer.class),
            rs.getString("transport") == null ? null : Transport.valueOf(rs.getString("transport")),
            rs.getString("cause"),
            rs.getString("reporter_name"),
            rs.getString("reporter_phone"),
            rs.getObject("reported_on", LocalDate.class),
            ClaimStatus.valueOf(rs.getString("status")),
            Verdict.valueOf(rs.getString("verdict")),
            rs.getLong("arrears_amount"),
            rs.getString("arrears_months"),
            rs.getString("arrears_payer"),
            rs.getLong("estimate_total"),
            rs.getObject("assessed_on", LocalDate.class),
            rs.getObject("paid_amount", Long.class),
            rs.getObject("paid_on", LocalDate.class),
            rs.getString("rejection_reason"),
            rs.getString("created_by"));

    private static final Logger log = LoggerFactory.getLogger(Claims.class);

    private final JdbcClient jdbc;
    private final Participants participants;
    private final Coverage coverage;
    private final BenefitRuleBook rules;
    private final id.pesona.contribution.ContributionRules contributionRules;
    private final AuditTrail audit;
    private final Clock clock;
    private final ClaimText claimText;
    private final TransactionTemplate savepoint;

    Claims(
            JdbcClient jdbc,
            Participants participants,
            Coverage coverage,
            BenefitRuleBook rules,
            id.pesona.contribution.ContributionRules contributionRules,
            AuditTrail audit,
            Clock clock,
            ClaimText text,
            PlatformTransactionManager transactions) {
        this.contributionRules = contributionRules;
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.participants = participants;
        this.coverage = coverage;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
        this.claimText = text;
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Claim> list(Filter f, int limit) {
        var scope = CurrentUser.scope();
        StringBuilder sql = new StringBuilder("select * from claim where village_code >= ? and village_code < ?");
        List<Object> params = new ArrayList<>(List.of(scope.lower(), scope.upper()));
        if (f.region() != null) {
            sql.append(" and village_code >= ? and village_code < ?");
            params.add(f.region().digits());
            params.add(f.region().upperBound());
        }
        if (f.status() != null) {
            sql.append(" and status = ?");
            params.add(f.status().name());
        }
        if (f.type() != null) {
            sql.append(" and claim_type = ?");
            params.add(f.type().name());
        }
        if (f.verdict() != null) {
            sql.append(" and verdict = ?");
            params.add(f.verdict().name());
        }
        if (f.from() != null) {
            sql.append(" and incident_date >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            sql.append(" and incident_date <= ?");
            params.add(f.to());
        }
        sql.append(" order by incident_date desc, id desc fetch first ")
                .append(Math.max(1, Math.min(limit, 1000)))
                .append(" rows only");
        return jdbc.sql(sql.toString()).params(params).query(ROW).list();
    }

    @Transactional(readOnly = true)
    public Claim get(long id) {
        Claim c = jdbc.sql("select * from claim where id = ?")
                .param(id)
                .query(ROW)
                .optional()
                .orElseThrow(() -> new NotFoundException("Klaim " + id));
        CurrentUser.requireInScope(c.village());
        return c;
    }

    @Transactional(readOnly = true)
    public Detail detail(long id) {
        Claim c = get(id);
        Participant p = participants.get(c.participantId());
        BenefitRules book = rules.rules();
        Eligibility.Assessment a = assess(c.type(), c.incidentDate(), c.reportedOn(), p, book);
        Benefits.Estimate e = Benefits.estimate(incident(c, p, income(p, c.incidentDate())), a, book);
        Set<Document> received = jdbc
                .sql("select document from claim_document where claim_id = ?")
                .param(id)
                .query(String.class)
                .list()
                .stream()
                .map(Document::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Long> heirIds = new java.util.HashSet<>(jdbc.sql("select heir_id from claim_heir where claim_id = ?")
                .param(id)
                .query(Long.class)
                .list());
        List<Heir> heirs = participants.heirs(p.id()).stream()
                .filter(h -> heirIds.contains(h.id()))
                .toList();
        return new Detail(c, p, a, e, Document.required(c.type(), c.outcome()), received, heirs, steps(id));
    }

    @Transactional(readOnly = true)
    public List<Step> steps(long id) {
        return jdbc.sql("select status, note, actor, step_at from claim_step where claim_id = ? order by id")
                .param(id)
                .query((rs, n) -> new Step(
                        ClaimStatus.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Eligibility of a possible incident (for the form's preview and the API), without saving anything. */
    @Transactional(readOnly = true)
    public Eligibility.Assessment preview(long participantId, ClaimType type, LocalDate incidentDate) {
        Limits.date("incidentDate", incidentDate, clock);
        Participant p = participants.get(participantId);
        return assess(type, incidentDate, LocalDate.now(clock), p, rules.rules());
    }

    // ---- reporting -----------------------------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS', 'DESA')")
    @Transactional
    public Claim report(NewClaim n) {
        LocalDate today = LocalDate.now(clock);
        if (n.participantId() == null) {
            throw new InvalidInputException("participantId", "claim.error.participant");
        }
        Participant p = participants.get(n.participantId());
        CurrentUser.requireInScope(p.village());
        ClaimType type = enumOf(ClaimType.class, n.type(), "type");
        LocalDate date = n.incidentDate();
        if (date == null) {
            throw new InvalidInputException("incidentDate", "claim.error.incidentDate");
        }
        if (date.isAfter(today)) {
            throw new InvalidInputException("incidentDate", "claim.error.incidentDate.future");
        }
        Limits.date("incidentDate", date, clock);
        String reporter = text("reporterName", n.reporterName(), 120, true);
        String phone = text("reporterPhone", n.reporterPhone(), 20, false);
        if (phone != null && !phone.matches("[0-9+][0-9 \\-]{7,19}")) {
            throw new InvalidInputException("reporterPhone", "claim.error.reporterPhone");
        }
        String place = null;
        String description = null;
        Circumstance circumstance = null;
        Outcome outcome = null;
        Integer days = null;
        Integer bp = null;
        Integer loss = null;
        Transport transport = null;
        String cause = null;
        if (type == ClaimType.JKK) {
            place = text("place", n.place(), 200, true);
            description = text("description", n.description(), 1000, true);
            circumstance = enumOf(Circumstance.class, n.circumstance(), "circumstance");
            outcome = enumOf(Outcome.class, n.outcome(), "outcome");
            if (n.transport() != null && !n.transport().isBlank()) {
                transport = enumOf(Transport.class, n.transport(), "transport");
            }
            if (outcome == Outcome.STMB) {
                if (n.stmbDays() == null || n.stmbDays() < 1 || n.stmbDays() > 3650) {
                    throw new InvalidInputException("stmbDays", "claim.error.stmbDays");
                }
                days = n.stmbDays();
            }
            if (outcome == Outcome.CACAT_SEBAGIAN) {
                try {
                    bp = n.disabilityPercent() == null ? null : BenefitRuleBook.basisPoints(n.disabilityPercent());
                } catch (InvalidInputException e) {
                    bp = null;
                }
                if (bp == null || bp < 1 || bp >= 10_000) {
                    throw new InvalidInputException("disabilityPercent", "claim.error.disabilityPercent");
                }
                if (n.functionLossPercent() != null && !n.functionLossPercent().isBlank()) {
                    try {
                        loss = BenefitRuleBook.basisPoints(n.functionLossPercent());
                    } catch (InvalidInputException e) {
                        loss = null;
                    }
                    if (loss == null || loss < 1 || loss > 10_000) {
                        throw new InvalidInputException("functionLossPercent", "claim.error.functionLossPercent");
                    }
                }
            }
        } else {
            cause = text("cause", n.cause(), 300, true);
            place = text("place", n.place(), 200, false);
            description = text("description", n.description(), 1000, false);
        }
        List<Heir> known = participants.heirs(p.id());
        Set<Long> knownIds = known.stream().map(Heir::id).collect(Collectors.toSet());
        List<Long> heirIds = n.heirIds() == null
                ? List.of()
                : n.heirIds().stream().distinct().toList();
        for (Long h : heirIds) {
            if (!knownIds.contains(h)) {
                throw new InvalidInputException("heirIds", "claim.error.heir");
            }
        }
        boolean death = type == ClaimType.JKM || outcome == Outcome.MENINGGAL;
        if (death && !known.isEmpty() && heirIds.isEmpty()) {
            throw new InvalidInputException("heirIds", "claim.error.heirsRequired");
        }
        if (death) {
            Optional<Long> existing = deathClaimOf(p.id());
            if (existing.isPresent()) {
                throw new DeathAlreadyReported(p.fullName(), existing.get());
            }
        }

        BenefitRules book = rules.rules();
        Eligibility.Assessment a = assess(type, date, today, p, book);
        Benefits.Estimate e = Benefits.estimate(
                new Benefits.Incident(type, date, outcome, days, bp, loss, transport, income(p, date)), a, book);
        var insert = jdbc.sql("""
                        insert into claim (participant_id, participant_name, village_code, claim_type, incident_date,
                            place, description, circumstance, outcome, stmb_days, disability_bp, function_loss_bp, transport, cause,
                            reporter_name,
                            reporter_phone, reported_on, status, verdict, arrears_amount, arrears_months,
                            arrears_payer, estimate_total, assessed_on, created_by, created_at, death_participant_id)
                        values (:participant, :name, :village, :type, :date, :place, :description, :circumstance,
                            :outcome, :days, :bp, :loss, :transport, :cause, :reporter, :phone, :today, 'DILAPORKAN', :verdict, :due,
                            :months, :payer, :estimate, :today, :by, :now, :death)
                        """)
                .param("participant", p.id())
                .param("name", p.fullName())
                .param("village", p.village().digits())
                .param("type", type.name())
                .param("date", date)
                .param("place", place)
                .param("description", description)
                .param("circumstance", circumstance == null ? null : circumstance.name())
                .param("outcome", outcome == null ? null : outcome.name())
                .param("days", days)
                .param("bp", bp)
                .param("loss", loss)
                .param("transport", transport == null ? null : transport.name())
                .param("cause", cause)
                .param("reporter", reporter)
                .param("phone", phone)
                .param("today", today)
                .param("verdict", a.verdict().name())
                .param("due", a.amountDue())
                .param("months", months(a.unpaidMonths()))
                .param("payer", a.verdict() == Verdict.TERHAMBAT ? a.payerName() : null)
                .param("estimate", e.total())
                .param("by", CurrentUser.actorName())
                .param("now", now())
                .param("death", death ? p.id() : null);
        KeyHolder keys = new GeneratedKeyHolder();
        try {
            // in a savepoint: when a simultaneous report of the same death wins, the unique index refuses this one
            // and the transaction stays usable to look up the winner (PostgreSQL aborts it otherwise)
            savepoint.executeWithoutResult(s -> insert.update(keys, "id"));
        } catch (DuplicateKeyException raced) {
            log.info("Laporan kematian kedua untuk peserta {} ditolak oleh indeks unik (laporan serentak)", p.id());
            throw new DeathAlreadyReported(p.fullName(), deathClaimOf(p.id()).orElseThrow(() -> raced));
        }
        long id = keys.getKeyAs(Number.class).longValue();
        for (Long h : heirIds) {
            jdbc.sql("insert into claim_heir (claim_id, heir_id) values (?, ?)")
                    .params(id, h)
                    .update();
        }
        step(id, ClaimStatus.DILAPORKAN, null);
        Claim created = get(id);
        audit.record(
                AuditAction.CREATE,
                "CLAIM",
                String.valueOf(id),
                p.village().digits(),
                "Laporan klaim " + type + " " + p.fullName() + " (kejadian " + Formats.date(date, Formats.INDONESIAN)
                        + "): " + claimText.indonesian(a.verdict().messageKey()),
                null,
                snapshot(created));
        return created;
    }

    // ---- the steps -----------------------------------------------------------------------------------------------

    /** The documents are complete: every document of the claim type's checklist is received. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS')")
    @Transactional
    public Claim complete(long id, Set<Document> documents) {
        Claim before = forStep(id, ClaimStatus.BERKAS_LENGKAP);
        Set<Document> have = documents == null ? Set.of() : documents;
        List<Document> missing = Document.required(before.type(), before.outcome()).stream()
                .filter(d -> !have.contains(d))
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(
                    "documents", "claim.error.documentsMissing", String.valueOf(missing.size()));
        }
        for (Document d : have) {
            jdbc.sql("""
                            insert into claim_document (claim_id, document, recorded_by, recorded_at)
                            select ?, ?, ?, ? where not exists
                                (select 1 from claim_document where claim_id = ? and document = ?)
                            """)
                    .params(id, d.name(), CurrentUser.actorName(), now(), id, d.name())
                    .update();
        }
        return move(before, ClaimStatus.BERKAS_LENGKAP, null, "Berkas lengkap");
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS')")
    @Transactional
    public Claim submit(long id) {
        Claim before = forStep(id, ClaimStatus.DIAJUKAN_KE_BPJS);
        return move(before, ClaimStatus.DIAJUKAN_KE_BPJS, null, "Diajukan ke BPJS");
    }

    /** BPJS paid: only a covered claim; a blocked one waits until its arrears are paid. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS')")
    @Transactional
    public Claim pay(long id, Long amount, LocalDate paidOn) {
        Claim before = forStep(id, ClaimStatus.DIBAYAR);
        if (amount == null || amount <= 0) {
            throw new InvalidInputException("amount", "claim.error.paidAmount");
        }
        Limits.amount("amount", amount);
        LocalDate on = paidOn == null ? LocalDate.now(clock) : paidOn;
        if (on.isAfter(LocalDate.now(clock)) || on.isBefore(before.incidentDate())) {
            throw new InvalidInputException("paidOn", "claim.error.paidOn");
        }
        Participant p = participants.get(before.participantId());
        Eligibility.Assessment a = assess(before.type(), before.incidentDate(), before.reportedOn(), p, rules.rules());
        if (a.verdict() == Verdict.TERHAMBAT) {
            throw new InvalidInputException(
                    "status",
                    "claim.error.payBlocked",
                    a.payerName(),
                    Rupiah.of(a.amountDue()).toString());
        }
        if (a.verdict() == Verdict.TIDAK_DITANGGUNG) {
            throw new InvalidInputException("status", "claim.error.payNotCovered");
        }
        jdbc.sql("update claim set paid_amount = ?, paid_on = ? where id = ?")
                .params(amount, on, id)
                .update();
        return move(before, ClaimStatus.DIBAYAR, Rupiah.of(amount) + ", " + on, "Dibayar " + Rupiah.of(amount));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS')")
    @Transactional
    public Claim reject(long id, String reason) {
        Claim before = forStep(id, ClaimStatus.DITOLAK);
        String why = text("reason", reason, 500, true);
        // a refused death claim no longer counts as the worker's death: a new report is possible
        jdbc.sql("update claim set rejection_reason = ?, death_participant_id = null where id = ?")
                .params(why, id)
                .update();
        return move(before, ClaimStatus.DITOLAK, why, "Ditolak: " + why);
    }

    /** Assesses an open claim again (after arrears are paid, or a correction of the cover) and keeps the result. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS', 'DESA')")
    @Transactional
    public Claim reassess(long id) {
        Claim before = get(id);
        CurrentUser.requireInScope(before.village());
        if (!before.status().isOpen()) {
            throw new InvalidInputException("status", "claim.error.closed");
        }
        Claim after = refresh(before);
        if (after.verdict() != before.verdict() || after.arrearsAmount() != before.arrearsAmount()) {
            audit.record(
                    AuditAction.UPDATE,
                    "CLAIM",
                    String.valueOf(id),
                    before.village().digits(),
                    "Penilaian ulang klaim " + before.participantName() + ": "
                            + claimText.indonesian(after.verdict().messageKey()),
                    snapshot(before),
                    snapshot(after));
        }
        return after;
    }

    private Claim forStep(long id, ClaimStatus target) {
        // one step of a claim at a time: the same click sent twice (or by two officers) at once waits here and then
        // finds the claim already moved, instead of recording the step (and the payment) twice
        jdbc.sql("select id from claim where id = ? for update")
                .param(id)
                .query(Long.class)
                .list();
        Claim c = get(id);
        CurrentUser.requireInScope(c.village());
        if (c.status() == target) {
            String by = jdbc
                    .sql("select actor from claim_step where claim_id = ? and status = ? order by id desc")
                    .params(id, target.name())
                    .query(String.class)
                    .list()
                    .stream()
                    .findFirst()
                    .orElse("-");
            throw new ConflictException("status", "claim.error.already." + target.name(), String.valueOf(id), by);
        }
        if (!c.status().canMoveTo(target)) {
            throw new InvalidInputException("status", "claim.error.transition." + target.name());
        }
        return c;
    }

    private Claim move(Claim before, ClaimStatus target, String note, String summary) {
        jdbc.sql("update claim set status = ?, updated_at = ? where id = ?")
                .params(target.name(), now(), before.id())
                .update();
        step(before.id(), target, note);
        Claim after = target.isOpen() ? refresh(get(before.id())) : get(before.id());
        audit.record(
                AuditAction.UPDATE,
                "CLAIM",
                String.valueOf(before.id()),
                before.village().digits(),
                summary + " — klaim " + before.type() + " " + before.participantName(),
                snapshot(before),
                snapshot(after));
        return after;
    }

    /** Stores a fresh assessment on the row (verdict, arrears, estimate). */
    private Claim refresh(Claim c) {
        Participant p = participants.get(c.participantId());
        BenefitRules book = rules.rules();
        Eligibility.Assessment a = assess(c.type(), c.incidentDate(), c.reportedOn(), p, book);
        Benefits.Estimate e = Benefits.estimate(incident(c, p, income(p, c.incidentDate())), a, book);
        jdbc.sql("""
                        update claim set verdict = ?, arrears_amount = ?, arrears_months = ?, arrears_payer = ?,
                            estimate_total = ?, assessed_on = ?, updated_at = ? where id = ?
                        """)
                .params(
                        a.verdict().name(),
                        a.amountDue(),
                        months(a.unpaidMonths()),
                        a.verdict() == Verdict.TERHAMBAT ? a.payerName() : null,
                        e.total(),
                        LocalDate.now(clock),
                        now(),
                        c.id())
                .update();
        return get(c.id());
    }

    private void step(long claimId, ClaimStatus status, String note) {
        jdbc.sql("insert into claim_step (claim_id, status, note, actor, step_at) values (?, ?, ?, ?, ?)")
                .params(claimId, status.name(), note, CurrentUser.actorName(), now())
                .update();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** The worker's death claim that is open or paid (a refused one is cleared), if any. */
    private Optional<Long> deathClaimOf(long participantId) {
        return jdbc.sql("select id from claim where death_participant_id = ?")
                .param(participantId)
                .query(Long.class)
                .optional();
    }

    private Eligibility.Assessment assess(
            ClaimType type, LocalDate date, LocalDate reportedOn, Participant p, BenefitRules book) {
        Coverage.ParticipantCover cover = coverage.coverOn(p.id(), date);
        return Eligibility.assess(
                new Eligibility.Facts(
                        type,
                        date,
                        reportedOn,
                        p.registeredOn(),
                        p.endedOn(),
                        cover.status(),
                        cover.membershipStart(),
                        cover.unpaidMonths() == null ? List.of() : cover.unpaidMonths(),
                        cover.amountToSettle(),
                        cover.payer() == null ? null : cover.payer().name()),
                book.terms(date));
    }

    private static Benefits.Incident incident(Claim c, Participant p, long income) {
        return new Benefits.Incident(
                c.type(),
                c.incidentDate(),
                c.outcome(),
                c.stmbDays(),
                c.disabilityBasisPoints(),
                c.functionLossBasisPoints(),
                c.transport(),
                income);
    }

    /**
     * The income the benefits are computed on: the declared income mapped to its band in force on the incident date
     * (an income below the lowest band is insured at the lowest band, as it is billed), or the siltap of a PU worker.
     */
    private long income(Participant p, LocalDate incidentDate) {
        Long base = p.declaredIncome() != null ? p.declaredIncome() : p.siltap();
        return contributionRules.bands().insured(p.segment().name(), incidentDate, base == null ? 0 : base);
    }

    private static String months(List<YearMonth> months) {
        return months.isEmpty()
                ? null
                : months.stream().map(YearMonth::toString).collect(Collectors.joining(","));
    }

    private static Map<String, Object> snapshot(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("peserta", c.participantId());
        m.put("jenis", c.type().name());
        m.put("tanggalKejadian", c.incidentDate().toString());
        if (c.outcome() != null) {
            m.put("akibat", c.outcome().name());
        }
        m.put("status", c.status().name());
        m.put("kelayakan", c.verdict().name());
        if (c.arrearsAmount() > 0) {
            m.put("tunggakan", c.arrearsAmount());
            m.put("bulanTunggakan", c.arrearsMonths());
        }
        m.put("perkiraanManfaat", c.estimateTotal());
        if (c.paidAmount() != null) {
            m.put("dibayar", c.paidAmount());
            m.put("tanggalBayar", c.paidOn().toString());
        }
        if (c.rejectionReason() != null) {
            m.put("alasanDitolak", c.rejectionReason());
        }
        return m;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "claim.error." + field);
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "claim.error." + field);
        }
    }

    private static String text(String field, String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, "claim.error." + field);
            }
            return null;
        }
        Limits.length(field, v, max);
        return v;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
