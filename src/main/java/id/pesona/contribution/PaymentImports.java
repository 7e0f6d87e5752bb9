package id.pesona.contribution;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.document.TabularFile;
import id.pesona.shared.ConflictException;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments imported from a file (the bank's or BPJS's list: date, payer, amount, reference). Atomic by default: one
 * bad row and nothing is recorded, with a report naming every bad row; or, when asked, only the valid rows. The same
 * file imported twice is recognised by its SHA-256 and changes nothing; a row whose reference is already recorded for
 * its payer is skipped as known, so overlapping files are safe too.
 */
@Service
public class PaymentImports {

    /** The rows of one file are held together (all or nothing), so their number is bounded while reading. */
    static final int MAX_ROWS = 20_000;

    public enum Mode {
        SEMUA_ATAU_TIDAK,
        HANYA_VALID
    }

    public enum RowOutcome {
        DICATAT,
        SUDAH_ADA,
        DITOLAK
    }

    /** What happened to one row; {@code messageKey} and {@code args} explain a refusal or a skip. */
    public record RowResult(int row, RowOutcome outcome, String field, String messageKey, List<Object> args) {}

    public record Report(
            Long importId,
            String fileName,
            boolean sameFileBefore,
            boolean applied,
            int rows,
            int recorded,
            int known,
            int rejected,
            long amountRecorded,
            List<RowResult> results) {}

    /** The columns, by their header names (any case; spaces or underscores). */
    enum Column {
        TANGGAL("tanggal", "tanggal_bayar", "tgl", "date"),
        PEMBAYAR("pembayar", "kode_pembayar", "kode", "payer", "wilayah", "kode_wilayah"),
        JUMLAH("jumlah", "nominal", "amount", "jumlah_bayar"),
        REFERENSI("referensi", "no_referensi", "nomor_referensi", "reference", "no_bukti"),
        KETERANGAN("keterangan", "catatan", "note");

        final Set<String> names;

        Column(String... names) {
            this.names = Set.of(names);
        }
    }

    private final JdbcClient jdbc;
    private final Payments payments;
    private final PayerLedgers ledgers;
    private final AuditTrail audit;
    private final Clock clock;

    PaymentImports(JdbcClient jdbc, Payments payments, PayerLedgers ledgers, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.ledgers = ledgers;
        this.audit = audit;
        this.clock = clock;
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports an uploaded file through a temporary copy that is deleted afterwards. */
    @PreAuthorize("hasAnyRole('ADMIN','BPJS')")
    public Report importUpload(org.springframework.web.multipart.MultipartFile file, Mode mode) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "import.error.empty");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile("pesona-pembayaran-", ".upload");
            file.transferTo(tmp);
            Mode m = mode == null ? Mode.SEMUA_ATAU_TIDAK : mode;
            try {
                return self().importFile(tmp, file.getOriginalFilename(), m);
            } catch (org.springframework.dao.DuplicateKeyException
                    | org.springframework.dao.ConcurrencyFailureException raced) {
                // the same file (or a row of it) was imported by a simultaneous request that has committed by now:
                // once more, and the file is recognised as imported before, its known rows are skipped
                try {
                    return self().importFile(tmp, file.getOriginalFilename(), m);
                } catch (org.springframework.dao.DuplicateKeyException
                        | org.springframework.dao.ConcurrencyFailureException again) {
                    throw new ConflictException("file", "paymentImport.error.concurrent", file.getOriginalFilename());
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("file", "import.error.read");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temp file left behind is removed by the OS
                }
            }
        }
    }

    private PaymentImports self;

    @org.springframework.beans.factory.annotation.Autowired
    void setSelf(@org.springframework.context.annotation.Lazy PaymentImports self) {
        this.self = self;
    }

    private PaymentImports self() {
        return self;
    }

    @PreAuthorize("hasAnyRole('ADMIN','BPJS')")
    @Transactional
    public Report importFile(Path file, String fileName, Mode mode) {
        String name = fileName == null || fileName.isBlank() ? "pembayaran" : fileName.strip();
        Limits.length("fileName", name, 200);
        String hash = sha256(file);
        // the same file again: nothing changes, the report says so
        String shown = name;
        var earlier = jdbc.sql("select id, total_rows from payment_import where file_sha256 = ?")
                .param(hash)
                .query((rs, n) ->
                        new Report(rs.getLong(1), shown, true, false, rs.getInt(2), 0, rs.getInt(2), 0, 0, List.of()))
                .optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        int[] index = new int[Column.values().length];
        java.util.Arrays.fill(index, -1);
        List<TabularFile.Line> lines = new ArrayList<>();
        try {
            TabularFile.read(
                    file,
                    name,
                    MAX_ROWS,
                    header -> {
                        for (int i = 0; i < header.size(); i++) {
                            String h = header.get(i)
                                    .strip()
                                    .toLowerCase(Locale.ROOT)
                                    .replace(' ', '_');
                            for (Column c : Column.values()) {
                                if (c.names.contains(h) && index[c.ordinal()] < 0) {
                                    index[c.ordinal()] = i;
                                }
                            }
                        }
                    },
                    lines::add);
        } catch (IOException e) {
            throw new InvalidInputException("file", "import.error.read");
        }
        for (Column c : List.of(Column.TANGGAL, Column.PEMBAYAR, Column.JUMLAH, Column.REFERENSI)) {
            if (index[c.ordinal()] < 0) {
                throw new InvalidInputException("file", "paymentImport.error.column", c.name());
            }
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("file", "import.error.empty");
        }
        List<RowResult> results = new ArrayList<>();
        List<Payments.Checked> valid = new ArrayList<>();
        List<Integer> validRows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TabularFile.Line line : lines) {
            try {
                String payerText = line.cell(index[Column.PEMBAYAR.ordinal()]);
                Payer payer = payments.payerByCode(payerText)
                        .orElseThrow(() -> new InvalidInputException("payer", "paymentImport.error.payer", payerText));
                String dateText = line.cell(index[Column.TANGGAL.ordinal()]);
                var paidOn = TabularFile.date(dateText)
                        .orElseThrow(() -> new InvalidInputException("paidOn", "paymentImport.error.date", dateText));
                Payments.Checked c = payments.check(new Payments.NewPayment(
                        payer.id(),
                        paidOn,
                        line.cell(index[Column.JUMLAH.ordinal()]),
                        line.cell(index[Column.REFERENSI.ordinal()]),
                        index[Column.KETERANGAN.ordinal()] < 0 ? null : line.cell(index[Column.KETERANGAN.ordinal()])));
                if (!seen.add(c.payer().id() + "\u0000" + c.reference())) {
                    results.add(new RowResult(
                            line.number(),
                            RowOutcome.SUDAH_ADA,
                            "reference",
                            "paymentImport.row.repeated",
                            List.of(c.reference())));
                } else if (payments.known(c.payer().id(), c.reference())) {
                    results.add(new RowResult(
                            line.number(),
                            RowOutcome.SUDAH_ADA,
                            "reference",
                            "paymentImport.row.known",
                            List.of(c.reference())));
                } else {
                    valid.add(c);
                    validRows.add(line.number());
                    results.add(new RowResult(line.number(), RowOutcome.DICATAT, null, null, List.of()));
                }
            } catch (InvalidInputException e) {
                results.add(
                        new RowResult(line.number(), RowOutcome.DITOLAK, e.field(), e.messageKey(), List.of(e.args())));
            } catch (org.springframework.security.access.AccessDeniedException e) {
                results.add(new RowResult(
                        line.number(), RowOutcome.DITOLAK, "payer", "paymentImport.error.scope", List.of()));
            }
        }
        int rejected = (int)
                results.stream().filter(r -> r.outcome() == RowOutcome.DITOLAK).count();
        int known = (int) results.stream()
                .filter(r -> r.outcome() == RowOutcome.SUDAH_ADA)
                .count();
        boolean apply = rejected == 0 || mode == Mode.HANYA_VALID;
        if (!apply) {
            // nothing recorded: the rows that would have been recorded say so
            List<RowResult> report = results.stream()
                    .map(r -> r.outcome() == RowOutcome.DICATAT
                            ? new RowResult(
                                    r.row(), RowOutcome.DICATAT, null, "paymentImport.row.wouldRecord", List.of())
                            : r)
                    .toList();
            return new Report(null, name, false, false, lines.size(), 0, known, rejected, 0, report);
        }
        // the payers' payments change one import or entry at a time (see Payments#record); a simultaneous import of
        // the same file waits here and then collides on file_sha256, and is answered as imported before (above)
        valid.stream().map(c -> c.payer().id()).sorted().distinct().forEach(payments::lockPayer);
        jdbc.sql("""
                        insert into payment_import (file_name, file_sha256, total_rows, recorded, known, rejected,
                                                    imported_by, imported_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        name,
                        hash,
                        lines.size(),
                        valid.size(),
                        known,
                        rejected,
                        CurrentUser.actorName(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        long importId = jdbc.sql("select id from payment_import where file_sha256 = ?")
                .param(hash)
                .query(Long.class)
                .single();
        long total = 0;
        Set<Long> touched = new LinkedHashSet<>();
        for (Payments.Checked c : valid) {
            payments.insert(c, importId);
            total += c.amount();
            touched.add(c.payer().id());
        }
        ledgers.refresh(touched);
        audit.record(
                AuditAction.CREATE,
                "PAYMENT_IMPORT",
                String.valueOf(importId),
                CurrentUser.scope().root().map(r -> r.digits()).orElse(null),
                "Impor pembayaran " + name + ": " + valid.size() + " dicatat, " + known + " sudah ada, " + rejected
                        + " ditolak",
                null,
                Map.of(
                        "berkas",
                        name,
                        "sha256",
                        hash,
                        "dicatat",
                        valid.size(),
                        "sudahAda",
                        known,
                        "ditolak",
                        rejected,
                        "jumlah",
                        total));
        return new Report(importId, name, false, true, lines.size(), valid.size(), known, rejected, total, results);
    }
}
