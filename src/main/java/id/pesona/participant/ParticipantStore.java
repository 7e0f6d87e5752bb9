package id.pesona.participant;

import id.pesona.shared.FundingSource;
import id.pesona.shared.Like;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the participant, heir and quota tables. */
@Repository
class ParticipantStore {

    static final String COLUMNS = """
            id, nik, no_kk, full_name, birth_place, birth_date, sex, address, village_code, occupation, phone,
            declared_income, siltap, segment, funding_source, funding_name, programme_year, kpj, status, end_reason,
            replaces_id, registered_on, ended_on, declared_fit, declaration_verified_by, nik_warnings, proposed_by
            """;

    static final RowMapper<Participant> ROW = (rs, n) -> new Participant(
            rs.getLong("id"),
            new Nik(rs.getString("nik")),
            rs.getString("no_kk"),
            rs.getString("full_name"),
            rs.getString("birth_place"),
            rs.getObject("birth_date", LocalDate.class),
            Sex.valueOf(rs.getString("sex")),
            rs.getString("address"),
            new RegionCode(rs.getString("village_code")),
            Occupation.valueOf(rs.getString("occupation")),
            rs.getString("phone"),
            rs.getObject("declared_income", Long.class),
            rs.getObject("siltap", Long.class),
            Segment.valueOf(rs.getString("segment")),
            FundingSource.valueOf(rs.getString("funding_source")),
            rs.getString("funding_name"),
            rs.getInt("programme_year"),
            rs.getString("kpj") == null ? null : new Kpj(rs.getString("kpj")),
            ParticipantStatus.valueOf(rs.getString("status")),
            rs.getString("end_reason") == null ? null : EndReason.valueOf(rs.getString("end_reason")),
            rs.getObject("replaces_id", Long.class),
            rs.getObject("registered_on", LocalDate.class),
            rs.getObject("ended_on", LocalDate.class),
            rs.getBoolean("declared_fit"),
            rs.getString("declaration_verified_by"),
            rs.getString("nik_warnings"),
            rs.getString("proposed_by"));

    /** Filters of the list; {@code afterId} continues after the last row of the previous page (keyset). */
    record Filter(String text, RegionCode region, ParticipantStatus status, Occupation occupation, Long afterId) {}

    private final JdbcClient jdbc;

    ParticipantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Participant> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from participant where id = ?")
                .param(id)
                .query(ROW)
                .optional();
    }

    Optional<Participant> activeByNik(String nik) {
        return jdbc.sql("select " + COLUMNS + " from participant where active_nik = ?")
                .param(nik)
                .query(ROW)
                .optional();
    }

    boolean kpjTaken(String kpj) {
        return jdbc.sql("select count(*) from participant where kpj = ?")
                        .param(kpj)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** One page of participants inside the scope, in id order. */
    List<Participant> page(RegionScope scope, Filter f, int size) {
        StringBuilder sql = new StringBuilder(
                "select " + COLUMNS + " from participant where village_code >= ?" + " and village_code < ?");
        List<Object> params = new ArrayList<>(List.of(scope.lower(), scope.upper()));
        where(sql, params, f);
        if (f.afterId() != null) {
            sql.append(" and id > ?");
            params.add(f.afterId());
        }
        sql.append(" order by id fetch first ").append(size).append(" rows only");
        return jdbc.sql(sql.toString()).params(params).query(ROW).list();
    }

    /** Every participant matching the filter, streamed (for exports). */
    java.util.stream.Stream<Participant> stream(RegionScope scope, Filter f) {
        StringBuilder sql = new StringBuilder(
                "select " + COLUMNS + " from participant where village_code >= ?" + " and village_code < ?");
        List<Object> params = new ArrayList<>(List.of(scope.lower(), scope.upper()));
        where(sql, params, f);
        sql.append(" order by village_code, id");
        return jdbc.sql(sql.toString()).params(params).query(ROW).stream();
    }

    private static void where(StringBuilder sql, List<Object> params, Filter f) {
        if (f.region() != null) {
            sql.append(" and village_code >= ? and village_code < ?");
            params.add(f.region().digits());
            params.add(f.region().upperBound());
        }
        if (f.status() != null) {
            sql.append(" and status = ?");
            params.add(f.status().name());
        }
        if (f.occupation() != null) {
            sql.append(" and occupation = ?");
            params.add(f.occupation().name());
        }
        String t = f.text() == null ? "" : f.text().strip();
        if (!t.isEmpty()) {
            String digits = t.replaceAll("[\\s.\\-]", "");
            if (digits.matches("\\d{16}")) {
                sql.append(" and nik = ?");
                params.add(digits);
            } else if (digits.matches("\\d{11}")) {
                sql.append(" and kpj = ?");
                params.add(digits);
            } else {
                sql.append(" and lower(full_name) like ?" + Like.ESCAPE);
                params.add(Like.contains(t));
            }
        }
    }

    List<Heir> heirs(long participantId) {
        return jdbc.sql("select id, full_name, relation, nik, phone from heir where participant_id = ? order by id")
                .param(participantId)
                .query((rs, n) -> new Heir(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getString("relation"),
                        rs.getString("nik"),
                        rs.getString("phone")))
                .list();
    }

    /** Active BPU participants of a village: the ones that fill its quota. */
    long used(RegionCode village) {
        return jdbc.sql("select count(*) from participant where village_code = ? and status <> 'BERHENTI'"
                        + " and segment = 'BPU'")
                .param(village.digits())
                .query(Long.class)
                .single();
    }
}
