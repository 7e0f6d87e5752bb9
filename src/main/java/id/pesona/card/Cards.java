package id.pesona.card;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.participant.Participant;
import id.pesona.participant.ParticipantStatus;
import id.pesona.participant.Participants;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.Limits;
import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Card events: BPJS (or the Dinas) records the cards received from the branch; the cards are then handed to the
 * workers of one village in a hand-over that has its Berita Acara. Each card is received once and handed over once.
 */
@Service
public class Cards {

    /** A registered worker of a village with the state of their card. */
    public record CardRow(Participant participant, LocalDate receivedOn, LocalDate handedOn, Long handoverId) {}

    public record Handover(
            long id,
            RegionCode village,
            LocalDate date,
            String place,
            String handedBy,
            String witness,
            String createdBy) {}

    /** Cards of one village: received from BPJS, handed to the workers. */
    public record VillageProgress(RegionCode village, long received, long handed) {}

    /** One past hand-over of a village, for the list with its Berita Acara. */
    public record HandoverSummary(long id, LocalDate date, String place, long cards) {}

    private final JdbcClient jdbc;
    private final Participants participants;
    private final AuditTrail audit;
    private final Clock clock;

    Cards(JdbcClient jdbc, Participants participants, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    /** The registered workers of a village (in the user's scope) with their card's state. */
    @Transactional(readOnly = true)
    public List<CardRow> village(RegionCode village) {
        CurrentUser.requireInScope(village);
        List<Participant> registered = new ArrayList<>();
        Long after = null;
        do {
            var page = participants.page(null, village, ParticipantStatus.TERDAFTAR, null, after, 500);
            registered.addAll(page.rows());
            after = page.nextAfter();
        } while (after != null);
        Map<Long, LocalDate[]> events = new LinkedHashMap<>();
        Map<Long, Long> handovers = new LinkedHashMap<>();
        if (!registered.isEmpty()) {
            jdbc.sql(
                            "select participant_id, event, event_date, handover_id from card_event where participant_id in (:ids)")
                    .param("ids", registered.stream().map(Participant::id).toList())
                    .query((rs, n) -> {
                        LocalDate[] d = events.computeIfAbsent(rs.getLong(1), k -> new LocalDate[2]);
                        d[rs.getString(2).equals("DITERIMA") ? 0 : 1] = rs.getObject(3, LocalDate.class);
                        if (rs.getObject(4) != null) {
                            handovers.put(rs.getLong(1), rs.getLong(4));
                        }
                        return 0;
                    })
                    .list();
        }
        List<CardRow> out = new ArrayList<>();
        for (Participant p : registered) {
            LocalDate[] d = events.getOrDefault(p.id(), new LocalDate[2]);
            out.add(new CardRow(p, d[0], d[1], handovers.get(p.id())));
        }
        return out;
    }

    /**
     * Card counts per village under a region, for reporting (no names). Reads the participant module's published view
     * for the village of each card; the caller narrows the region to what its reader may see.
     */
    @Transactional(readOnly = true)
    public List<VillageProgress> progress(RegionCode root) {
        return jdbc.sql("""
                        select v.village_code,
                               sum(case when e.event = 'DITERIMA' then 1 else 0 end) as received,
                               sum(case when e.event = 'DISERAHKAN' then 1 else 0 end) as handed
                        from card_event e join participant_coverage_v v on v.id = e.participant_id
                        where v.village_code >= ? and v.village_code < ?
                        group by v.village_code order by v.village_code
                        """)
                .params(root.digits(), root.upperBound())
                .query((rs, n) -> new VillageProgress(new RegionCode(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /** Records cards received from BPJS for registered workers; a card already received is left as it is. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS')")
    @Transactional
    public int received(Collection<Long> participantIds, LocalDate date) {
        LocalDate on = date(date);
        int n = 0;
        for (long id : ids(participantIds)) {
            Participant p = registered(id);
            if (insert(id, "DITERIMA", on, null) == 0) {
                continue;
            }
            audit.record(
                    AuditAction.CREATE,
                    "CARD",
                    String.valueOf(id),
                    p.village().digits(),
                    "Kartu " + p.fullName() + " diterima dari BPJS",
                    null,
                    Map.of("peserta", id, "kejadian", "DITERIMA", "tanggal", on.toString()));
            n++;
        }
        return n;
    }

    /** Hands the received cards of some workers of one village to them, under one Berita Acara. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BPJS', 'DESA')")
    @Transactional
    public Handover handOver(
            RegionCode village,
            Collection<Long> participantIds,
            LocalDate date,
            String place,
            String handedBy,
            String witness) {
        CurrentUser.requireInScope(village);
        LocalDate on = date(date);
        String cleanPlace = text("place", place, 200);
        String cleanBy = text("handedBy", handedBy, 120);
        String cleanWitness = Limits.text("witness", witness, 120);
        List<Long> ids = ids(participantIds);
        List<Participant> people = new ArrayList<>();
        for (long id : ids) {
            Participant p = registered(id);
            if (!p.village().equals(village)) {
                throw new InvalidInputException("participants", "card.error.otherVillage", p.fullName());
            }
            if (!has(id, "DITERIMA")) {
                throw new InvalidInputException("participants", "card.error.notReceived", p.fullName());
            }
            if (has(id, "DISERAHKAN")) {
                throw new id.pesona.shared.ConflictException("participants", "card.error.alreadyHanded", p.fullName());
            }
            people.add(p);
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into card_handover (village_code, handover_date, place, handed_by, witness, created_by,
                                                   created_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(village.digits(), on, cleanPlace, cleanBy, cleanWitness, CurrentUser.actorName(), now())
                .update(key, "id");
        long handoverId = key.getKey().longValue();
        for (Participant p : people) {
            int inserted;
            try {
                inserted = insert(p.id(), "DISERAHKAN", on, handoverId);
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                inserted = 0;
            }
            if (inserted == 0) {
                // handed over by someone else since the check above: this whole hand-over is rolled back
                throw new id.pesona.shared.ConflictException("participants", "card.error.alreadyHanded", p.fullName());
            }
        }
        audit.record(
                AuditAction.CREATE,
                "CARD_HANDOVER",
                String.valueOf(handoverId),
                village.digits(),
                "Serah terima " + people.size() + " kartu di " + cleanPlace,
                null,
                Map.of("peserta", ids, "tanggal", on.toString(), "tempat", cleanPlace, "olehPetugas", cleanBy));
        return handover(handoverId);
    }

    /** The hand-overs of a village (in the user's scope), the latest first, with the number of cards in each. */
    @Transactional(readOnly = true)
    public List<HandoverSummary> handovers(RegionCode village) {
        CurrentUser.requireInScope(village);
        return jdbc.sql("""
                        select h.id, h.handover_date, h.place, count(e.id) as cards
                        from card_handover h left join card_event e on e.handover_id = h.id
                        where h.village_code = ?
                        group by h.id, h.handover_date, h.place
                        order by h.handover_date desc, h.id desc
                        """)
                .param(village.digits())
                .query((rs, n) -> new HandoverSummary(
                        rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getLong(4)))
                .list();
    }

    @Transactional(readOnly = true)
    public Handover handover(long id) {
        Handover h = jdbc.sql("""
                        select id, village_code, handover_date, place, handed_by, witness, created_by
                        from card_handover where id = ?
                        """)
                .param(id)
                .query((rs, n) -> new Handover(
                        rs.getLong(1),
                        new RegionCode(rs.getString(2)),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Serah terima " + id));
        CurrentUser.requireInScope(h.village());
        return h;
    }

    /** The workers who received their card in a hand-over. */
    @Transactional(readOnly = true)
    public List<Participant> handedIn(long handoverId) {
        handover(handoverId);
        return jdbc
                .sql("select participant_id from card_event where handover_id = ? order by participant_id")
                .param(handoverId)
                .query(Long.class)
                .list()
                .stream()
                .map(participants::get)
                .toList();
    }

    private Participant registered(long id) {
        Participant p = participants.get(id);
        if (p.status() != ParticipantStatus.TERDAFTAR) {
            throw new InvalidInputException("participants", "card.error.notRegistered", p.fullName());
        }
        return p;
    }

    private boolean has(long participantId, String event) {
        return jdbc.sql("select count(*) from card_event where participant_id = ? and event = ?")
                        .params(participantId, event)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Records a card event unless the card has it already (a concurrent request may have just recorded it). */
    private int insert(long participantId, String event, LocalDate on, Long handoverId) {
        return jdbc.sql("""
                        insert into card_event (participant_id, event, event_date, handover_id, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict do nothing
                        """)
                .params(participantId, event, on, handoverId, CurrentUser.actorName(), now())
                .update();
    }

    private LocalDate date(LocalDate d) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = d == null ? today : d;
        if (on.isAfter(today)) {
            throw new InvalidInputException("date", "card.error.future");
        }
        return on;
    }

    private static List<Long> ids(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidInputException("participants", "card.error.none");
        }
        return ids.stream().distinct().toList();
    }

    private static String text(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new InvalidInputException(field, "card.error." + field);
        }
        Limits.length(field, v, max);
        return v;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
