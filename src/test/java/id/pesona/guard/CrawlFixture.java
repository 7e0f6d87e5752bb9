package id.pesona.guard;

import id.pesona.claim.ClaimFixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One record of every kind a route names in its path, in Desa Wakai (72.09.01.2007, Kecamatan Una Una), which no other
 * test touches: a worker with an heir, the village's payer, a claim, a deadline, an import batch, a card hand-over and
 * a stored report. Created once per run; {@link #ids()} gives the value of each path variable.
 */
final class CrawlFixture {

    static final String VILLAGE = "7209012007";
    static final String VILLAGE_DOTTED = "72.09.01.2007";

    private static Map<String, String> ids;

    private CrawlFixture() {}

    static synchronized Map<String, String> load(JdbcClient jdbc, long userId) {
        if (ids == null) {
            ids = create(jdbc, userId);
        }
        return ids;
    }

    private static Map<String, String> create(JdbcClient jdbc, long userId) {
        Map<String, String> map = createIn(jdbc, userId, VILLAGE);
        // a token made by a user, as the audit trail lists it (its kind must read as words, not API_TOKEN)
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor, action, entity_type, entity_id, summary)
                        values (?, 't.jelajah.desa', 'CREATE', 'API_TOKEN', '1', 'Token API uji jelajah')
                        """).param(OffsetDateTime.parse("2099-01-01T00:00:00Z")).update();
        return map;
    }

    /** The same records in another village (the authorization matrix has one inside and one outside each scope). */
    static Map<String, String> createIn(JdbcClient jdbc, long userId, String village) {
        OffsetDateTime at = OffsetDateTime.parse("2025-12-01T01:00:00Z");
        long participant = ClaimFixtures.worker(jdbc, village, "Peserta Jelajah", LocalDate.of(2025, 1, 1));
        long payer = payer(jdbc, village);
        long claim = insert(jdbc, """
                insert into claim (participant_id, participant_name, village_code, claim_type, incident_date, place,
                    description, circumstance, outcome, reporter_name, reported_on, status, verdict, assessed_on,
                    created_by, created_at)
                values (?, 'Peserta Jelajah', ?, 'JKK', date '2025-12-01', 'Laut Wakai', 'Terjatuh di perahu',
                    'DI_TEMPAT_KERJA', 'PERAWATAN', 'Operator Wakai', date '2025-12-01', 'DILAPORKAN', 'DITANGGUNG',
                    date '2025-12-01', 'uji', ?)
                """, participant, village, at);
        jdbc.sql("insert into claim_step (claim_id, status, actor, step_at) values (?, 'DILAPORKAN', 'uji', ?)")
                .params(claim, at)
                .update();
        long deadline = insert(jdbc, """
                insert into deadline (title, due_date, region_code, legal_basis, created_by, created_at)
                values ('Batas pelunasan uji jelajah', date '2025-12-31', ?, 'Surat uji', 'uji', ?)
                """, village, at);
        jdbc.sql("insert into deadline_payer (deadline_id, payer_id) values (?, ?)")
                .params(deadline, payer)
                .update();
        long batch = insert(jdbc, """
                insert into import_batch (file_name, sha256, mode, status, total_rows, processed, created, rejected,
                    created_by, scope_code, created_at, finished_at)
                values ('jelajah.csv', ?, 'HANYA_VALID', 'SELESAI', 2, 2, 1, 1, 't.jelajah.desa', ?, ?, ?)
                """, "ab".repeat(32), village, at, at);
        jdbc.sql("insert into import_error (batch_id, row_no, field, message) values (?, 2, 'nik', 'NIK tidak sah')")
                .param(batch)
                .update();
        long handover = insert(jdbc, """
                insert into card_handover (village_code, handover_date, place, handed_by, witness, created_by,
                    created_at)
                values (?, date '2025-12-09', 'Kantor Desa Wakai', 'Operator Wakai', 'Kepala Desa', 'uji', ?)
                """, village, at);
        for (String event : new String[] {"DITERIMA", "DISERAHKAN"}) {
            jdbc.sql("""
                            insert into card_event (participant_id, event, event_date, handover_id, recorded_by,
                                recorded_at)
                            values (?, ?, date '2025-12-09', ?, 'uji', ?)
                            """)
                    .params(participant, event, "DISERAHKAN".equals(event) ? handover : null, at)
                    .update();
        }
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long report = insert(jdbc, """
                insert into monev_report (kind, region_code, period_from, period_to, file_format, file_name, content,
                    size_bytes, created_by, created_at)
                values ('DESA', ?, date '2025-01-01', date '2025-01-31', 'pdf', 'laporan-jelajah.pdf', ?, ?, 'uji', ?)
                """, village, pdf, pdf.length, at);
        Map<String, String> map = new LinkedHashMap<>();
        map.put("participant", Long.toString(participant));
        map.put("payer", Long.toString(payer));
        map.put("claim", Long.toString(claim));
        map.put("deadline", Long.toString(deadline));
        map.put("batch", Long.toString(batch));
        map.put("handover", Long.toString(handover));
        map.put("report", Long.toString(report));
        map.put("user", Long.toString(userId));
        map.put("region", new id.pesona.shared.RegionCode(village).dotted());
        return map;
    }

    private static long payer(JdbcClient jdbc, String village) {
        var existing = jdbc.sql("select id from payer where region_code = ? order by id")
                .param(village)
                .query(Long.class)
                .list();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        return insert(
                jdbc,
                "insert into payer (code, name, funding_source, region_code) values (?, 'Desa Wakai', 'APBDES', ?)",
                "APBDES-" + village,
                village);
    }

    /** Inserts one row and returns its generated id. */
    private static long insert(JdbcClient jdbc, String sql, Object... params) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }
}
