package id.pesona.participant;

import id.pesona.document.TabularFile;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.Limits;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
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
 *
 * <p>Every saved row leaves an {@code import_row} in the same transaction as its effect, so the counters a batch ends
 * with are counted from the database, never trusted from memory: they stay true when a batch is stopped by its owner
 * or interrupted by a crash (then it is closed as GAGAL at the next start, see {@link #recoverInterrupted()}).
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

    /** A request to stop a batch that has already ended; the API answers 409. */
    public static class AlreadyFinished extends RuntimeException {

        private final transient Batch batch;

        AlreadyFinished(Batch batch) {
            super("Impor " + batch.id() + " sudah " + batch.status());
            this.batch = batch;
        }

        public Batch batch() {
            return batch;
        }
    }

    /** The true counters of a batch, counted from its saved rows and its rejected rows. */
    record Tally(int processed, int created, int updated, int unchanged, int rejected) {

        int saved() {
            return created + updated;
        }
    }

    /** Thrown out of the row reader when the batch is asked to stop (an InvalidInputException passes the reader). */
    private static final class Stopped extends InvalidInputException {
        Stopped() {
            super("file", "import.stop.done");
        }
    }

    /** Prefix of the uploaded copies; only such files are ever deleted by the start-up recovery. */
    static final String TEMP_PREFIX = "pesona-impor-";

    private static final long STOP_WAIT_MILLIS = 10_000;

    /** Tries of one row that lost a race or waited too long for its village's lock. */
    private static final int ROW_ATTEMPTS = 3;

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
    /** Batches this instance has queued or is reading: the start-up recovery leaves them alone. */
    private final Set<Long> active = ConcurrentHashMap.newKeySet();
    /** Batches asked to stop, checked before every row. */
    private final Set<Long> stopping = ConcurrentHashMap.newKeySet();

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
        Limits.length("fileName", fileName, 200);
        Path file = Files.createTempFile(TEMP_PREFIX, "-" + fileName.replaceAll("[^A-Za-z0-9._-]", "_"));
        String sha;
        try (InputStream in = new DigestInputStream(upload.getInputStream(), sha256())) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            sha = java.util.HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
        var me = CurrentUser.require();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into import_batch (file_name, sha256, mode, status, created_by, scope_code, created_at,
                                                  temp_file)
                        values (?, ?, ?, 'MENUNGGU', ?, ?, ?, ?)
                        """)
                .params(
                        fileName,
                        sha,
                        mode.name(),
                        me.username(),
                        me.scope().root().map(r -> r.digits()).orElse(null),
                        now(),
                        file.toAbsolutePath().toString())
                .update(key, "id");
        long id = key.getKey().longValue();
        active.add(id);
        Locale locale = LocaleContextHolder.getLocale();
        try {
            executor.execute(new DelegatingSecurityContextRunnable(() -> {
                LocaleContextHolder.setLocale(locale);
                try {
                    process(id, file, fileName, mode);
                } finally {
                    LocaleContextHolder.resetLocaleContext();
                    removeTempFile(id, file);
                    active.remove(id);
                    stopping.remove(id);
                }
            }));
        } catch (TaskRejectedException e) {
            log.error("Impor {} tidak dapat diantrekan", id, e);
            settle(id, "GAGAL", 0, t -> text("import.error.busy"), "MENUNGGU");
            removeTempFile(id, file);
            active.remove(id);
        }
        return id;
    }

    private void removeTempFile(long batchId, Path file) {
        try {
            Files.deleteIfExists(file);
            jdbc.sql("update import_batch set temp_file = null where id = ?")
                    .param(batchId)
                    .update();
        } catch (IOException e) {
            log.warn("Berkas sementara {} tidak terhapus", file);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void process(long batchId, Path file, String fileName, Mode mode) {
        if (!claim(batchId)) {
            return; // stopped before it started
        }
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
            settle(
                    batchId,
                    rolledBack ? "DIBATALKAN" : "SELESAI",
                    counts.processed.get(),
                    t -> rolledBack ? text("import.rolledBack", t.rejected()) : null,
                    "BERJALAN");
        } catch (Stopped e) {
            String by = jdbc.sql("select stop_requested_by from import_batch where id = ?")
                    .param(batchId)
                    .query(String.class)
                    .optional()
                    .orElse("?");
            settle(batchId, "DIHENTIKAN", counts.processed.get(), t -> stoppedText(by, t), "BERJALAN");
        } catch (InvalidInputException e) {
            error(batchId, 1, "file", text(e.messageKey(), e.args()));
            settle(
                    batchId,
                    "GAGAL",
                    counts.processed.get(),
                    t -> withSaved(text(e.messageKey(), e.args()), t),
                    "BERJALAN");
        } catch (Exception | Error e) {
            // an Error too (OutOfMemoryError, StackOverflowError): the batch must never stay BERJALAN
            log.error("Impor {} gagal", batchId, e);
            settle(
                    batchId,
                    "GAGAL",
                    counts.processed.get(),
                    t -> t.saved() == 0
                            ? text("import.error.unexpected")
                            : text("import.error.unexpectedSaved", t.saved()),
                    "BERJALAN");
        }
    }

    /** Takes a waiting batch for this worker; false when it was stopped (or closed) before its turn came. */
    private boolean claim(long batchId) {
        return separate.execute(s -> jdbc.sql(
                                "update import_batch set status = 'BERJALAN' where id = ? and status = 'MENUNGGU'")
                        .param(batchId)
                        .update())
                == 1;
    }

    private String stoppedText(String by, Tally t) {
        return t.saved() == 0
                ? text("import.stop.nothingSaved", by, t.processed())
                : text("import.stop.saved", by, t.processed(), t.created(), t.updated());
    }

    /** A file refused part-way in "hanya yang valid" keeps the rows saved before: the message says how many. */
    private String withSaved(String message, Tally t) {
        return t.saved() == 0 ? message : message + " " + text("import.savedBefore", t.created(), t.updated());
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
                if (stopping.contains(batchId)) {
                    throw new Stopped();
                }
                try {
                    String outcome = saveRow(batchId, line, cols[0], seen, perRow);
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
                } catch (TransientDataAccessException e) {
                    log.warn("Impor {} baris {}: {}", batchId, line.number(), e.getMessage());
                    counts.rejected.incrementAndGet();
                    error(batchId, line.number(), "village", text("import.error.busyRow"));
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
        if (counts.processed.get() == 0) {
            // a header alone (or only empty rows) is no import: say so instead of "finished, 0 rows"
            throw new InvalidInputException("file", "import.error.empty");
        }
    }

    /**
     * One row: a NIK seen earlier in the file is refused; one active in the same village is updated. A row that lost a
     * race for its NIK to another import (or the form) saving it a moment earlier is tried once more: the NIK is then
     * found and the row is an update or unchanged, instead of a refusal for a person who is in the registry.
     */
    private String saveRow(
            long batchId,
            TabularFile.Line line,
            Map<ImportRow.Column, Integer> cols,
            NikRows seen,
            TransactionTemplate perRow) {
        NewParticipant n = ImportRow.toProposal(line, cols);
        Nik nik = Nik.parse(n.nik());
        int first = seen.putIfAbsent(nik.value(), line.number());
        if (first != 0) {
            RegionCode.tryParse(n.village())
                    .ifPresent(v -> duplicates.record(nik, v, null, DuplicateLog.Source.BERKAS));
            throw new InvalidInputException("nik", "import.error.duplicateInFile", first);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return perRow.execute(s -> importRow(batchId, line.number(), n, nik));
            } catch (DataIntegrityViolationException | TransientDataAccessException e) {
                // a lost race, or the village's lock held by another import too long (H2 waits only a moment)
                if (attempt >= ROW_ATTEMPTS) {
                    throw e;
                }
            } catch (InvalidInputException e) {
                if (attempt >= ROW_ATTEMPTS || !lostRace(e, n, nik)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Refused because another import saved the NIK a moment ago: at the insert, or between this row's look-up and the
     * proposal's own check (then "active" names this very village, where the row is an update, not a refusal).
     */
    private boolean lostRace(InvalidInputException e, NewParticipant n, Nik nik) {
        return switch (e.messageKey()) {
            case "participant.error.nikActive.race" -> true;
            case "participant.error.nikActive" ->
                participants
                        .activeByNik(nik.value())
                        .filter(p -> p.village().dotted().equals(normaliseVillage(n.village())))
                        .isPresent();
            default -> false;
        };
    }

    private String importRow(long batchId, int rowNo, NewParticipant n, Nik nik) {
        var existing = participants.activeByNik(nik.value());
        String outcome;
        long participantId;
        if (existing.isPresent() && existing.get().village().dotted().equals(normaliseVillage(n.village()))) {
            outcome = participants.updateFromImport(existing.get(), n) ? "UPDATED" : "UNCHANGED";
            participantId = existing.get().id();
        } else {
            outcome = "CREATED";
            participantId = participants.propose(n).id();
        }
        // in the row's own transaction (or savepoint): counted only if the row's effect is saved too
        jdbc.sql("insert into import_row (batch_id, row_no, outcome, participant_id) values (?, ?, ?, ?)")
                .params(batchId, rowNo, outcome, participantId)
                .update();
        return outcome;
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

    /** Shows progress, and picks up a stop asked for through another instance. */
    private void progress(long batchId, Counts c) {
        separate.executeWithoutResult(s -> {
            jdbc.sql("update import_batch set processed = ? where id = ?")
                    .params(c.processed.get(), batchId)
                    .update();
            jdbc.sql("select stop_requested_by from import_batch where id = ?")
                    .param(batchId)
                    .query(String.class)
                    .optional()
                    .ifPresent(by -> stopping.add(batchId));
        });
    }

    /**
     * Counts what the batch really did: created, updated and unchanged from its saved rows, rejected from its error
     * rows. A row read in a transaction that was rolled back (all or nothing, a stop, a crash) changed nothing, so it
     * counts as unchanged: the counters always add up to the rows read.
     */
    Tally tally(long batchId, int knownProcessed) {
        int[] by = new int[3];
        jdbc.sql("select outcome, count(*) from import_row where batch_id = ? group by outcome")
                .param(batchId)
                .query((rs, n) -> {
                    switch (rs.getString(1)) {
                        case "CREATED" -> by[0] = rs.getInt(2);
                        case "UPDATED" -> by[1] = rs.getInt(2);
                        default -> by[2] = rs.getInt(2);
                    }
                    return null;
                })
                .list();
        int rejected = jdbc.sql("select count(*) from import_error where batch_id = ?")
                .param(batchId)
                .query(Integer.class)
                .single();
        int processed = Math.max(knownProcessed, by[0] + by[1] + by[2] + rejected);
        return new Tally(processed, by[0], by[1], processed - by[0] - by[1] - rejected, rejected);
    }

    /**
     * Ends a batch that is still in one of the {@code from} states with its true counters; false when it had already
     * ended (or moved on).
     */
    private boolean settle(
            long batchId, String status, int knownProcessed, Function<Tally, String> message, String... from) {
        return Boolean.TRUE.equals(separate.execute(s -> {
            Tally t = tally(batchId, knownProcessed);
            String m = message.apply(t);
            String in = String.join(",", java.util.Collections.nCopies(from.length, "?"));
            List<Object> params = new java.util.ArrayList<>(List.of(
                    status,
                    t.processed(),
                    t.created(),
                    t.updated(),
                    t.unchanged(),
                    t.rejected(),
                    m == null ? "" : m,
                    now(),
                    batchId));
            params.addAll(List.of(from));
            int changed = jdbc.sql("""
                            update import_batch set status = ?, processed = ?, created = ?, updated = ?, unchanged = ?,
                                rejected = ?, message = nullif(?, ''), finished_at = ?
                            where id = ? and status in (""" + in + ")").params(params).update();
            return changed == 1;
        }));
    }

    /**
     * Asks a batch to stop, as its owner or an admin. A waiting batch ends at once; a running one stops before its
     * next row (rows already saved stay saved in "hanya yang valid"; "semua atau tidak sama sekali" saves nothing).
     * Waits a little for the worker, so the answer usually carries the final counters.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DESA')")
    public Batch stop(long id) {
        Batch b = load(id).orElseThrow(() -> new NotFoundException("Impor " + id));
        var me = CurrentUser.require();
        if (me.role() != Role.ADMIN && !b.createdBy().equals(me.username())) {
            throw new AccessDeniedException("Impor " + id + " milik akun lain");
        }
        int asked = jdbc.sql("""
                        update import_batch set stop_requested_by = ?, stop_requested_at = ?
                        where id = ? and status in ('MENUNGGU', 'BERJALAN')
                        """).params(me.username(), now(), id).update();
        if (asked == 0) {
            throw new AlreadyFinished(load(id).orElseThrow());
        }
        stopping.add(id);
        settle(id, "DIHENTIKAN", 0, t -> stoppedText(me.username(), t), "MENUNGGU");
        long until = System.nanoTime() + STOP_WAIT_MILLIS * 1_000_000;
        Batch now = load(id).orElseThrow();
        while (now.running() && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            now = load(id).orElseThrow();
        }
        return now;
    }

    /**
     * At start: a batch left waiting or running by a crash or restart (no worker of this instance holds it) is closed
     * as GAGAL with the counters of the rows it really saved, and its uploaded copy is removed. Returns how many.
     */
    public int recoverInterrupted() {
        List<Object[]> open = jdbc.sql("""
                        select id, processed, temp_file, status from import_batch
                        where status in ('MENUNGGU', 'BERJALAN') or temp_file is not null
                        """)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)})
                .list();
        int closed = 0;
        for (Object[] o : open) {
            long id = (Long) o[0];
            if (active.contains(id)) {
                continue;
            }
            boolean running = o[3].equals("MENUNGGU") || o[3].equals("BERJALAN");
            if (running && settle(id, "GAGAL", (Integer) o[1], t -> interruptedText(t), "MENUNGGU", "BERJALAN")) {
                closed++;
                Tally t = tally(id, (Integer) o[1]);
                log.warn(
                        "Impor {} terhenti karena server dimulai ulang: ditutup GAGAL, {} baru, {} diperbarui tersimpan",
                        id,
                        t.created(),
                        t.updated());
            }
            if (o[2] != null) {
                Path file = Path.of((String) o[2]);
                if (file.getFileName().toString().startsWith(TEMP_PREFIX)) {
                    removeTempFile(id, file);
                }
            }
        }
        return closed;
    }

    /** Written at start, outside any request: in the default language, Indonesian. */
    private String interruptedText(Tally t) {
        Locale indonesian = id.pesona.shared.Formats.INDONESIAN;
        return t.saved() == 0
                ? messages.getMessage("import.interrupted.nothingSaved", new Object[] {t.processed()}, indonesian)
                : messages.getMessage(
                        "import.interrupted.saved", new Object[] {t.processed(), t.created(), t.updated()}, indonesian);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A batch the user may see: their own, or any for an admin. */
    public Batch get(long id) {
        Batch b = load(id).orElseThrow(() -> new NotFoundException("Impor " + id));
        var me = CurrentUser.require();
        if (me.role() != Role.ADMIN && !b.createdBy().equals(me.username())) {
            throw new org.springframework.security.access.AccessDeniedException("Impor " + id + " milik akun lain");
        }
        return b;
    }

    private java.util.Optional<Batch> load(long id) {
        return jdbc.sql("""
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
                .optional();
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
