package id.pesona.participant;

import id.pesona.document.TabularFile;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import of participants from {@code .xlsx} or {@code .csv}, streamed row by row in the background with visible
 * progress. Every row goes through the same rules as a proposal typed in the form. {@link Mode#SEMUA_ATAU_TIDAK} saves
 * nothing when any row is rejected (each row runs in a savepoint, so all rows are still checked); {@link
 * Mode#HANYA_VALID} saves the valid rows. A NIK already active in the same village updates that participant, so
 * uploading the same file again changes nothing. Rejected rows are kept for a downloadable report.
 */
@Service
public class ParticipantImports {

    private static final Logger log = LoggerFactory.getLogger(ParticipantImports.class);

    public enum Mode {
        SEMUA_ATAU_TIDAK,
        HANYA_VALID
    }

    public record Batch(
            long id,
            String fileName,
            String mode,
            String status,
            int processed,
            int created,
            int updated,
            int unchanged,
            int rejected,
            String message,
            String createdBy,
            Instant createdAt,
            Instant finishedAt) {

        public boolean running() {
            return status.equals("MENUNGGU") || status.equals("BERJALAN");
        }
    }

    public record RowError(int row, String field, String message) {}

    private final Participants participants;
    private final DuplicateLog duplicates;
    private final JdbcClient jdbc;
    private final TaskExecutor executor;
    private final TransactionTemplate tx;
    private final TransactionTemplate nested;
    private final TransactionTemplate separate;
    private final MessageSource messages;
    private final Clock clock;

    ParticipantImports(
            Participants participants,
            DuplicateLog duplicates,
            JdbcClient jdbc,
            TaskExecutor executor,
            PlatformTransactionManager transactions,
            MessageSource messages,
            Clock clock) {
        this.participants = participants;
        this.duplicates = duplicates;
        this.jdbc = jdbc;
        this.executor = executor;
        this.tx = new TransactionTemplate(transactions);
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.messages = messages;
        this.clock = clock;
    }

    /** Stores the upload, opens a batch and starts reading it in the background; returns the batch id. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DESA')")
    public long start(MultipartFile upload, Mode mode) throws IOException {
        if (upload == null || upload.isEmpty()) {
            throw new InvalidInputException("file", "import.error.empty");
        }
        if (mode == null) {
            throw new InvalidInputException("mode", "import.error.mode");
        }
        String fileName = upload.getOriginalFilename() == null ? "unggahan" : upload.getOriginalFilename();
        Path file = Files.createTempFile("pesona-impor-", "-" + fileName.replaceAll("[^A-Za-z0-9._-]", "_"));
        String sha;
        try (InputStream in = new DigestInputStream(upload.getInputStream(), sha256())) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            sha = java.util.HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
        var me = CurrentUser.require();
        jdbc.sql("""
                        insert into import_batch (file_name, sha256, mode, status, created_by, scope_code, created_at)
                        values (?, ?, ?, 'MENUNGGU', ?, ?, ?)
                        """)
                .params(
                        fileName,
                        sha,
                        mode.name(),
                        me.username(),
                        me.scope().root().map(r -> r.digits()).orElse(null),
                        now())
                .update();
        long id = jdbc.sql("select max(id) from import_batch where created_by = ?")
                .param(me.username())
                .query(Long.class)
                .single();
        Locale locale = LocaleContextHolder.getLocale();
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            LocaleContextHolder.setLocale(locale);
            try {
                process(id, file, fileName, mode);
            } finally {
                LocaleContextHolder.resetLocaleContext();
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("Berkas sementara {} tidak terhapus", file);
                }
            }
        }));
        return id;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void process(long batchId, Path file, String fileName, Mode mode) {
        status(batchId, "BERJALAN", null);
        Counts counts = new Counts();
        NikRows seen = new NikRows();
        try {
            if (mode == Mode.SEMUA_ATAU_TIDAK) {
                tx.executeWithoutResult(outer -> {
                    read(batchId, file, fileName, counts, seen, nested);
                    if (counts.rejected.get() > 0) {
                        outer.setRollbackOnly();
                    }
                });
            } else {
                read(batchId, file, fileName, counts, seen, tx);
            }
            boolean rolledBack = mode == Mode.SEMUA_ATAU_TIDAK && counts.rejected.get() > 0;
            finish(
                    batchId,
                    rolledBack ? "DIBATALKAN" : "SELESAI",
                    counts,
                    rolledBack ? text("import.rolledBack", counts.rejected.get()) : null,
                    rolledBack);
        } catch (InvalidInputException e) {
            error(batchId, 1, "file", text(e.messageKey(), e.args()));
            counts.rejected.incrementAndGet();
            finish(batchId, "GAGAL", counts, text(e.messageKey(), e.args()), true);
        } catch (Exception | Error e) {
            // an Error too (OutOfMemoryError, StackOverflowError): the batch must never stay BERJALAN
            log.error("Impor {} gagal", batchId, e);
            finish(batchId, "GAGAL", counts, text("import.error.unexpected"), true);
        }
    }

    private static final class Counts {
        final AtomicInteger processed = new AtomicInteger();
        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger updated = new AtomicInteger();
        final AtomicInteger unchanged = new AtomicInteger();
        final AtomicInteger rejected = new AtomicInteger();
    }

    private void read(
            long batchId, Path file, String fileName, Counts counts, NikRows seen, TransactionTemplate perRow) {
        Map<ImportRow.Column, Integer>[] cols = new Map[1];
        try {
            TabularFile.read(file, fileName, header -> cols[0] = ImportRow.columns(header), line -> {
                try {
                    String outcome = perRow.execute(s -> importRow(line, cols[0], seen));
                    switch (outcome) {
                        case "CREATED" -> counts.created.incrementAndGet();
                        case "UPDATED" -> counts.updated.incrementAndGet();
                        default -> counts.unchanged.incrementAndGet();
                    }
                } catch (InvalidInputException e) {
                    counts.rejected.incrementAndGet();
                    error(batchId, line.number(), e.field(), text(e.messageKey(), e.args()));
                } catch (DataIntegrityViolationException e) {
                    counts.rejected.incrementAndGet();
                    error(batchId, line.number(), "nik", text("participant.error.nikActive.race"));
                } catch (org.springframework.security.access.AccessDeniedException e) {
                    counts.rejected.incrementAndGet();
                    error(batchId, line.number(), "village", text("import.error.scope"));
                } catch (RuntimeException e) {
                    log.error("Impor {} baris {} gagal", batchId, line.number(), e);
                    counts.rejected.incrementAndGet();
                    error(batchId, line.number(), "file", text("import.error.unexpectedRow"));
                }
                if (counts.processed.incrementAndGet() % 100 == 0) {
                    progress(batchId, counts);
                }
            });
        } catch (IOException e) {
            throw new InvalidInputException("file", "import.error.notSpreadsheet");
        }
    }

    /** One row: a NIK seen earlier in the file is refused; one active in the same village is updated. */
    private String importRow(TabularFile.Line line, Map<ImportRow.Column, Integer> cols, NikRows seen) {
        NewParticipant n = ImportRow.toProposal(line, cols);
        Nik nik = Nik.parse(n.nik());
        int first = seen.putIfAbsent(nik.value(), line.number());
        if (first != 0) {
            RegionCode.tryParse(n.village())
                    .ifPresent(v -> duplicates.record(nik, v, null, DuplicateLog.Source.BERKAS));
            throw new InvalidInputException("nik", "import.error.duplicateInFile", first);
        }
        var existing = participants.activeByNik(nik.value());
        if (existing.isPresent() && existing.get().village().dotted().equals(normaliseVillage(n.village()))) {
            return participants.updateFromImport(existing.get(), n) ? "UPDATED" : "UNCHANGED";
        }
        participants.propose(n);
        return "CREATED";
    }

    private static String normaliseVillage(String text) {
        return RegionCode.tryParse(text).map(RegionCode::dotted).orElse("");
    }

    private void error(long batchId, int row, String field, String message) {
        separate.executeWithoutResult(
                s -> jdbc.sql("insert into import_error (batch_id, row_no, field, message) values (?, ?, ?, ?)")
                        .params(batchId, row, field, message.length() > 500 ? message.substring(0, 500) : message)
                        .update());
    }

    private void progress(long batchId, Counts c) {
        separate.executeWithoutResult(s -> jdbc.sql("update import_batch set processed = ? where id = ?")
                .params(c.processed.get(), batchId)
                .update());
    }

    private void status(long batchId, String status, String message) {
        separate.executeWithoutResult(s -> jdbc.sql("update import_batch set status = ?, message = ? where id = ?")
                .params(status, message, batchId)
                .update());
    }

    private void finish(long batchId, String status, Counts c, String message, boolean nothingSaved) {
        separate.executeWithoutResult(s -> jdbc.sql("""
                        update import_batch set status = ?, processed = ?, created = ?, updated = ?, unchanged = ?,
                            rejected = ?, message = ?, finished_at = ? where id = ?
                        """)
                .params(
                        status,
                        c.processed.get(),
                        nothingSaved ? 0 : c.created.get(),
                        nothingSaved ? 0 : c.updated.get(),
                        c.unchanged.get(),
                        c.rejected.get(),
                        message,
                        now(),
                        batchId)
                .update());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A batch the user may see: their own, or any for an admin. */
    public Batch get(long id) {
        Batch b = jdbc.sql("""
                        select id, file_name, mode, status, processed, created, updated, unchanged, rejected, message,
                               created_by, created_at, finished_at
                        from import_batch where id = ?
                        """)
                .param(id)
                .query((rs, n) -> new Batch(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        rs.getString("mode"),
                        rs.getString("status"),
                        rs.getInt("processed"),
                        rs.getInt("created"),
                        rs.getInt("updated"),
                        rs.getInt("unchanged"),
                        rs.getInt("rejected"),
                        rs.getString("message"),
                        rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("finished_at", OffsetDateTime.class) == null
                                ? null
                                : rs.getObject("finished_at", OffsetDateTime.class)
                                        .toInstant()))
                .optional()
                .orElseThrow(() -> new NotFoundException("Impor " + id));
        var me = CurrentUser.require();
        if (me.role() != Role.ADMIN && !b.createdBy().equals(me.username())) {
            throw new org.springframework.security.access.AccessDeniedException("Impor " + id + " milik akun lain");
        }
        return b;
    }

    public List<Batch> mine() {
        var me = CurrentUser.require();
        return jdbc
                .sql("select id from import_batch where created_by = ? order by id desc fetch first 10 rows only")
                .param(me.username())
                .query(Long.class)
                .list()
                .stream()
                .map(this::get)
                .toList();
    }

    public List<RowError> errors(long batchId) {
        get(batchId);
        return jdbc.sql("select row_no, field, message from import_error where batch_id = ? order by row_no, id")
                .param(batchId)
                .query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
