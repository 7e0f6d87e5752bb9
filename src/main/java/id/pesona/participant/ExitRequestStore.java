package id.pesona.participant;

import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionScope;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of the exit requests. */
@Repository
class ExitRequestStore {

    private static final String SELECT = """
            select e.id, e.participant_id, p.full_name, p.status as participant_status, e.village_code, e.reason,
                e.exit_on, e.note, e.state, e.requested_by, e.requested_at, e.decided_by, e.decided_at,
                e.rejection_reason
            from exit_request e join participant p on p.id = e.participant_id
            """;

    private static final RowMapper<ExitRequest> ROW = (rs, n) -> new ExitRequest(
            rs.getLong("id"),
            rs.getLong("participant_id"),
            rs.getString("full_name"),
            ParticipantStatus.valueOf(rs.getString("participant_status")),
            new RegionCode(rs.getString("village_code")),
            EndReason.valueOf(rs.getString("reason")),
            rs.getObject("exit_on", LocalDate.class),
            rs.getString("note"),
            ExitState.valueOf(rs.getString("state")),
            rs.getString("requested_by"),
            instant(rs.getObject("requested_at", OffsetDateTime.class)),
            rs.getString("decided_by"),
            instant(rs.getObject("decided_at", OffsetDateTime.class)),
            rs.getString("rejection_reason"));

    private final JdbcClient jdbc;

    ExitRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    /** Takes the participant's row lock, so two requests for one worker are decided one after the other. */
    void lockParticipant(long participantId) {
        jdbc.sql("select id from participant where id = ? for update")
                .param(participantId)
                .query(Long.class)
                .list();
    }

    Optional<ExitRequest> byId(long id) {
        return jdbc.sql(SELECT + " where e.id = ?").param(id).query(ROW).optional();
    }

    /** The request with its row locked, for a decision. */
    Optional<ExitRequest> lockedById(long id) {
        jdbc.sql("select id from exit_request where id = ? for update")
                .param(id)
                .query(Long.class)
                .list();
        return byId(id);
    }

    Optional<ExitRequest> openFor(long participantId) {
        return jdbc.sql(SELECT + " where e.open_participant_id = ?")
                .param(participantId)
                .query(ROW)
                .optional();
    }

    /** The newest request of a participant, open or decided. */
    Optional<ExitRequest> latestFor(long participantId) {
        return jdbc.sql(SELECT + " where e.participant_id = ? order by e.id desc fetch first 1 rows only")
                .param(participantId)
                .query(ROW)
                .optional();
    }

    /** Requests inside the scope (and region, when given), newest first; {@code state} null for every state. */
    List<ExitRequest> list(RegionScope scope, RegionCode region, ExitState state, int limit) {
        StringBuilder sql = new StringBuilder(SELECT + " where e.village_code >= ? and e.village_code < ?");
        List<Object> params = new ArrayList<>(List.of(scope.lower(), scope.upper()));
        if (region != null) {
            sql.append(" and e.village_code >= ? and e.village_code < ?");
            params.add(region.digits());
            params.add(region.upperBound());
        }
        if (state != null) {
            sql.append(" and e.state = ?");
            params.add(state.name());
        }
        sql.append(" order by e.id desc fetch first ").append(limit).append(" rows only");
        return jdbc.sql(sql.toString()).params(params).query(ROW).list();
    }

    long openCount(RegionCode village) {
        return jdbc.sql("select count(*) from exit_request where village_code = ? and state = 'DIAJUKAN'")
                .param(village.digits())
                .query(Long.class)
                .single();
    }

    long insert(Participant p, EndReason reason, LocalDate exitOn, String note, String by, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into exit_request (participant_id, open_participant_id, village_code, reason, exit_on,
                            note, state, requested_by, requested_at)
                        values (:participant, :participant, :village, :reason, :exitOn, :note, 'DIAJUKAN', :by, :at)
                        """)
                .param("participant", p.id())
                .param("village", p.village().digits())
                .param("reason", reason.name())
                .param("exitOn", exitOn)
                .param("note", note)
                .param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Marks the open request of a participant as confirmed (the membership was ended); false when none was open. */
    boolean closeOpen(long participantId, String by, Instant at) {
        return jdbc.sql("""
                        update exit_request set state = 'DISETUJUI', open_participant_id = null, decided_by = ?,
                            decided_at = ? where open_participant_id = ?
                        """)
                        .params(by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), participantId)
                        .update()
                > 0;
    }

    void reject(long id, String reason, String by, Instant at) {
        jdbc.sql("""
                        update exit_request set state = 'DITOLAK', open_participant_id = null, rejection_reason = ?,
                            decided_by = ?, decided_at = ? where id = ? and state = 'DIAJUKAN'
                        """)
                .params(reason, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id)
                .update();
    }
}
