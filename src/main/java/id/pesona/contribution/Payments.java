package id.pesona.contribution;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.shared.ConflictException;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.Limits;
import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionScope;
import id.pesona.shared.Rupiah;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments received from payers, recorded by hand by the BPJS branch or the labour office. A payment settles the payer's
 * oldest unpaid bills (see {@link Ledger}); a mistaken one is reversed by a compensating entry. The reference (receipt
 * or transfer number) is unique per payer: the same payment entered twice is refused, imported twice is skipped.
 */
@Service
public class Payments {

    /** A payment as typed: the amount as text ("1.680.000", "Rp1.680.000"), the date, the receipt reference. */
    public record NewPayment(Long payerId, LocalDate paidOn, String amount, String reference, String note) {}

    public record PaymentRow(
            long id,
            long payerId,
            String payerName,
            String payerRegion,
            LocalDate paidOn,
            long amount,
            String reference,
            String note,
            Long reversesId,
            boolean reversed,
            String recordedBy,
            OffsetDateTime recordedAt) {

        public boolean isReversal() {
            return reversesId != null;
        }
    }

    static final String SELECT = """
            select pm.id, pm.payer_id, py.name, py.region_code, pm.paid_on, pm.amount, pm.reference, pm.note,
                   pm.reverses_id, pm.recorded_by, pm.recorded_at,
                   (select count(*) from payment r where r.reverses_id = pm.id) as reversed
            from payment pm join payer py on py.id = pm.payer_id
            """;

    static final RowMapper<PaymentRow> ROW = (rs, n) -> new PaymentRow(
            rs.getLong("id"),
            rs.getLong("payer_id"),
            rs.getString("name"),
            new RegionCode(rs.getString("region_code")).dotted(),
            rs.getObject("paid_on", LocalDate.class),
            rs.getLong("amount"),
            rs.getString("reference"),
            rs.getString("note"),
            (Long) rs.getObject("reverses_id", Long.class),
            rs.getLong("reversed") > 0,
            rs.getString("recorded_by"),
            rs.getObject("recorded_at", OffsetDateTime.class));

    private final JdbcClient jdbc;
    private final Payers payers;
    private final PayerLedgers ledgers;
    private final AuditTrail audit;
    private final Clock clock;

    Payments(JdbcClient jdbc, Payers payers, PayerLedgers ledgers, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.payers = payers;
        this.ledgers = ledgers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks a typed payment; returns the amount in whole Rupiah or throws naming the field. */
    Checked check(NewPayment n) {
        if (n.payerId() == null) {
            throw new InvalidInputException("payerId", "payment.error.payer");
        }
        Payer payer = payers.get(n.payerId());
        if (n.paidOn() == null) {
            throw new InvalidInputException("paidOn", "payment.error.date");
        }
        if (n.paidOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("paidOn", "payment.error.date.future");
        }
        Limits.pastDate("paidOn", n.paidOn(), clock);
        long amount = Rupiah.parse(n.amount())
                .orElseThrow(() -> new InvalidInputException("amount", "payment.error.amount", shown(n.amount())));
        Limits.amount("amount", amount);
        String reference = n.reference() == null ? "" : n.reference().strip();
        if (reference.isEmpty()) {
            throw new InvalidInputException("reference", "payment.error.reference");
        }
        Limits.length("reference", reference, 80);
        String note = n.note() == null || n.note().isBlank() ? null : n.note().strip();
        Limits.length("note", note, 300);
        return new Checked(payer, n.paidOn(), amount, reference, note);
    }

    /** A refused value repeated in the message, cut so that a huge cell does not make a huge report. */
    private static String shown(String value) {
        return value == null || value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    record Checked(Payer payer, LocalDate paidOn, long amount, String reference, String note) {}

    @PreAuthorize("hasAnyRole('ADMIN','BPJS')")
    @Transactional
    public PaymentRow record(NewPayment n) {
        Checked c = check(n);
        // one payment of a payer at a time: the same receipt entered twice at once is found by the check below
        // (the second waits here until the first is committed) instead of colliding on the unique index
        lockPayer(c.payer().id());
        if (known(c.payer().id(), c.reference())) {
            throw alreadyRecorded(c);
        }
        long id;
        try {
            id = insert(c, null);
        } catch (DuplicateKeyException raced) {
            throw alreadyRecorded(c);
        }
        ledgers.refresh(List.of(c.payer().id()));
        return get(id);
    }

    private ConflictException alreadyRecorded(Checked c) {
        return new ConflictException(
                "reference",
                "payment.error.reference.known",
                c.reference(),
                c.payer().name());
    }

    /** Holds the payer's row until the transaction ends, so that its payments and cover change one at a time. */
    void lockPayer(long payerId) {
        jdbc.sql("select id from payer where id = ? for update")
                .param(payerId)
                .query(Long.class)
                .list();
    }

    boolean known(long payerId, String reference) {
        return jdbc.sql("select count(*) from payment where payer_id = ? and reference = ?")
                        .params(payerId, reference)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Inserts and audits a checked payment; the caller refreshes the payer's cover. */
    long insert(Checked c, Long importId) {
        jdbc.sql("""
                        insert into payment (payer_id, paid_on, amount, reference, note, import_id, recorded_by,
                                             recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        c.payer().id(),
                        c.paidOn(),
                        c.amount(),
                        c.reference(),
                        c.note(),
                        importId,
                        CurrentUser.actorName(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        long id = jdbc.sql("select id from payment where payer_id = ? and reference = ?")
                .params(c.payer().id(), c.reference())
                .query(Long.class)
                .single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("pembayar", c.payer().code());
        after.put("tanggal", c.paidOn().toString());
        after.put("jumlah", c.amount());
        after.put("referensi", c.reference());
        if (importId != null) {
            after.put("impor", importId);
        }
        audit.record(
                AuditAction.CREATE,
                "PAYMENT",
                String.valueOf(id),
                c.payer().region().digits(),
                "Pembayaran " + Rupiah.of(c.amount()) + " dari " + c.payer().name(),
                null,
                after);
        return id;
    }

    /** Takes a mistaken payment out with a compensating entry of the opposite amount; the original stays. */
    @PreAuthorize("hasAnyRole('ADMIN','BPJS')")
    @Transactional
    public PaymentRow reverse(long paymentId, String reason) {
        PaymentRow first = get(paymentId);
        // two clicks on "batalkan" at once: the second waits here and then finds the reversal
        lockPayer(first.payerId());
        PaymentRow original = get(paymentId);
        if (original.isReversal()) {
            throw new InvalidInputException("payment", "payment.error.reverseReversal");
        }
        if (original.reversed()) {
            throw new ConflictException("payment", "payment.error.alreadyReversed", original.reference());
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 300) {
            throw new InvalidInputException("reason", "payment.error.reason");
        }
        LocalDate today = LocalDate.now(clock);
        String reference = "BATAL-" + original.id();
        jdbc.sql("""
                        insert into payment (payer_id, paid_on, amount, reference, note, reverses_id, recorded_by,
                                             recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        original.payerId(),
                        today,
                        -original.amount(),
                        reference,
                        why,
                        original.id(),
                        CurrentUser.actorName(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        long id = jdbc.sql("select id from payment where reverses_id = ?")
                .param(original.id())
                .query(Long.class)
                .single();
        audit.record(
                AuditAction.CREATE,
                "PAYMENT",
                String.valueOf(id),
                RegionCode.parse(original.payerRegion()).digits(),
                "Pembatalan pembayaran " + original.reference() + " (" + Rupiah.of(original.amount()) + ")",
                Map.of("pembayaran", original.id(), "jumlah", original.amount(), "referensi", original.reference()),
                Map.of("pembatalan", id, "alasan", why));
        ledgers.refresh(List.of(original.payerId()));
        return get(id);
    }

    @Transactional(readOnly = true)
    public PaymentRow get(long id) {
        PaymentRow p = jdbc.sql(SELECT + " where pm.id = ?")
                .param(id)
                .query(ROW)
                .optional()
                .orElseThrow(() -> new NotFoundException("Pembayaran " + id));
        CurrentUser.requireInScope(RegionCode.parse(p.payerRegion()));
        return p;
    }

    /** Payments in the user's scope, newest first, optionally of one payer and in a period. */
    @Transactional(readOnly = true)
    public List<PaymentRow> list(Long payerId, LocalDate from, LocalDate until, int limit) {
        RegionScope scope = CurrentUser.scope();
        StringBuilder sql = new StringBuilder(SELECT + " where py.region_code >= ? and py.region_code < ?");
        List<Object> params = new ArrayList<>(List.of(scope.lower(), scope.upper()));
        if (payerId != null) {
            payers.get(payerId); // 404 for no such payer, 403 for one outside the scope: never an empty list
            sql.append(" and pm.payer_id = ?");
            params.add(payerId);
        }
        if (from != null) {
            sql.append(" and pm.paid_on >= ?");
            params.add(from);
        }
        if (until != null) {
            sql.append(" and pm.paid_on <= ?");
            params.add(until);
        }
        sql.append(" order by pm.paid_on desc, pm.id desc fetch first ")
                .append(Math.max(1, Math.min(limit, 5000)))
                .append(" rows only");
        return jdbc.sql(sql.toString()).params(params).query(ROW).list();
    }

    /** A payer found by its code (APBDES-7209052001) or, for a village's own account, its region code. */
    Optional<Payer> payerByCode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        Optional<Payer> byCode = jdbc.sql(
                        "select id, code, name, funding_source, region_code, bpjs_group from payer where code = ?")
                .param(t)
                .query(Payers.ROW)
                .optional();
        if (byCode.isPresent()) {
            return byCode;
        }
        return RegionCode.tryParse(t)
                .flatMap(r ->
                        jdbc
                                .sql("""
                        select id, code, name, funding_source, region_code, bpjs_group from payer
                        where code in (?, ?) order by code
                        """)
                                .params("APBDES-" + r.digits(), "APBD-" + r.digits())
                                .query(Payers.ROW)
                                .list()
                                .stream()
                                .findFirst());
    }
}
