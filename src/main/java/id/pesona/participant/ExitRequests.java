package id.pesona.participant;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.Formats;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.Limits;
import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A village cannot end a membership itself: it asks, with a reason and a date, and the Dinas or BPJS confirms (the
 * membership ends through {@link Participants#stop}, freeing the quota slot) or refuses with a reason the village
 * sees. One open request per worker, held by a unique index. Each step is audited on the participant.
 */
@Service
public class ExitRequests {

    /** How far back an exit date may lie: older exits are settled with the Dinas, not by a request. */
    static final int MAX_DAYS_BACK = 366;

    static final int TEXT_MAX = 500;

    private final ExitRequestStore store;
    private final Participants participants;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    ExitRequests(
            ExitRequestStore store, Participants participants, AuditTrail audit, MessageSource messages, Clock clock) {
        this.store = store;
        this.messages = messages;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('DESA')")
    @Transactional
    public ExitRequest request(long participantId, String reasonText, LocalDate exitOn, String noteText) {
        Participant p = participants.get(participantId);
        // two operators (or a double click) asking at once: the second waits here, then sees the first
        store.lockParticipant(p.id());
        if (p.status() != ParticipantStatus.DIVERIFIKASI && p.status() != ParticipantStatus.TERDAFTAR) {
            throw new InvalidInputException("status", "exit.error.status");
        }
        Optional<ExitRequest> open = store.openFor(p.id());
        if (open.isPresent()) {
            throw alreadyOpen(open.get());
        }
        EndReason reason = reason(reasonText);
        LocalDate today = LocalDate.now(clock);
        if (exitOn == null) {
            throw new InvalidInputException("exitOn", "exit.error.exitOn");
        }
        if (exitOn.isAfter(today)) {
            throw new InvalidInputException("exitOn", "exit.error.exitOn.future");
        }
        if (p.registeredOn() != null && exitOn.isBefore(p.registeredOn())) {
            throw new InvalidInputException("exitOn", "exit.error.exitOn.beforeRegistered", date(p.registeredOn()));
        }
        if (exitOn.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            throw new InvalidInputException("exitOn", "exit.error.exitOn.tooOld", date(today.minusDays(MAX_DAYS_BACK)));
        }
        String note = text(noteText, "note");
        long id;
        try {
            id = store.insert(p, reason, exitOn, note, CurrentUser.actorName(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("participant", "exit.error.open.race");
        }
        return audited(
                AuditAction.CREATE,
                null,
                id,
                "Permintaan keluar diajukan: " + p.fullName() + ", " + reasonText(reason) + ", per " + date(exitOn)
                        + (note == null ? "" : " (" + note + ")"));
    }

    /** Confirms the request: the membership ends with the requested reason and date. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS')")
    @Transactional
    public ExitRequest approve(long id) {
        ExitRequest before = decidable(id);
        // ends the membership and closes this request with it (see Participants#stop)
        participants.stop(before.participantId(), before.reason().name(), before.exitOn());
        return audited(
                AuditAction.UPDATE,
                before,
                id,
                "Permintaan keluar disetujui: " + before.participantName() + ", " + reasonText(before.reason())
                        + ", per " + date(before.exitOn()));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS')")
    @Transactional
    public ExitRequest reject(long id, String reasonText) {
        String why = text(reasonText, "rejectionReason");
        if (why == null) {
            throw new InvalidInputException("rejectionReason", "exit.error.rejectionReason");
        }
        ExitRequest before = decidable(id);
        store.reject(id, why, CurrentUser.actorName(), clock.instant());
        return audited(
                AuditAction.UPDATE,
                before,
                id,
                "Permintaan keluar ditolak: " + before.participantName() + " (" + why + ")");
    }

    /** One request: 404 when there is none, 403 when it belongs to a village outside the user's scope. */
    @Transactional(readOnly = true)
    public ExitRequest get(long id) {
        ExitRequest r = store.byId(id).orElseThrow(() -> new NotFoundException("Permintaan keluar " + id));
        CurrentUser.requireInScope(r.village());
        return r;
    }

    @Transactional(readOnly = true)
    public List<ExitRequest> list(RegionCode region, ExitState state) {
        if (region != null) {
            CurrentUser.requireInScope(region);
        }
        return store.list(CurrentUser.scope(), region, state, 500);
    }

    /** The newest request of a participant the user may see (open, or the last decision). */
    @Transactional(readOnly = true)
    public Optional<ExitRequest> latestFor(long participantId) {
        participants.get(participantId);
        return store.latestFor(participantId);
    }

    @Transactional(readOnly = true)
    public long openCount(RegionCode village) {
        CurrentUser.requireInScope(village);
        return store.openCount(village);
    }

    /** Records a step on the participant (so it shows in the worker's history) and returns the request after it. */
    private ExitRequest audited(AuditAction action, ExitRequest before, long id, String summary) {
        ExitRequest after = store.byId(id).orElseThrow();
        audit.record(
                action,
                "PARTICIPANT",
                String.valueOf(after.participantId()),
                after.village().digits(),
                summary,
                before == null ? null : snapshot(before),
                snapshot(after));
        return after;
    }

    private ExitRequest decidable(long id) {
        get(id);
        ExitRequest r = store.lockedById(id).orElseThrow(() -> new NotFoundException("Permintaan keluar " + id));
        if (!r.open()) {
            throw new InvalidInputException("state", "exit.error.decided", r.decidedBy());
        }
        return r;
    }

    private InvalidInputException alreadyOpen(ExitRequest r) {
        return new InvalidInputException(
                "participant",
                "exit.error.open",
                r.requestedBy(),
                date(r.requestedAt().atZone(clock.getZone()).toLocalDate()));
    }

    private static EndReason reason(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("reason", "exit.error.reason");
        }
        try {
            return EndReason.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("reason", "exit.error.reason");
        }
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replaceAll("\\s+", " ");
        Limits.length(field, v, TEXT_MAX);
        return v;
    }

    private static String date(LocalDate d) {
        return Formats.date(d, Formats.INDONESIAN);
    }

    private String reasonText(EndReason r) {
        return messages.getMessage(r.messageKey(), null, r.name(), Formats.INDONESIAN)
                .toLowerCase(Formats.INDONESIAN);
    }

    static Map<String, Object> snapshot(ExitRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("permintaanKeluar", r.id());
        m.put("status", r.state().name());
        m.put("alasan", r.reason().name());
        m.put("tanggalKeluar", r.exitOn().toString());
        m.put("catatan", r.note());
        m.put("diajukanOleh", r.requestedBy());
        m.put("diputuskanOleh", r.decidedBy());
        m.put("alasanDitolak", r.rejectionReason());
        return m;
    }
}
