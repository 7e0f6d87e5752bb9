package id.pesona.monitoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small, hand-countable registry in Kecamatan Walea Kepulauan (72.09.03), which no other test touches:
 *
 * <pre>
 * Tiga Pulau (72.09.03.2006), quota 100 (default):
 *   3 TERDAFTAR since 2024-01-01, NELAYAN, L          1 TERDAFTAR since 2025-02-01, PETANI, P
 *   1 BERHENTI: registered 2024-01-01, ended 2025-06-30, NELAYAN, L
 *   1 DIUSULKAN, PEDAGANG_KECIL, P, NIK warning SEX
 * Popolii (72.09.03.2007), quota 50 for 2025 (explicit):
 *   2 TERDAFTAR since 2025-03-01, BURUH_HARIAN, P, one without KPJ     1 DIVERIFIKASI, PETANI, L
 * the 7 other desa of the kecamatan: nobody, quota 100
 * cards: 2 received in Tiga Pulau (1 handed over), 1 received in Popolii
 * cover on 19 Dec 2025: Tiga Pulau's 1st NELAYAN paid through Dec (AKTIF), 2nd through Oct (MENUNGGAK); others NONAKTIF
 * arrears: donor payer MONEV-UJI (Tutung) billed Jul and Aug 2025, Rp16.800 each, nothing paid
 * </pre>
 *
 * Everyone is BPU, funded by APBDes, income Rp1.000.000.
 */
final class MonevFixture {

    static final String KECAMATAN = "72.09.03";
    static final String TIGA_PULAU = "7209032006";
    static final String POPOLII = "7209032007";
    static final String TUTUNG = "7209032009";

    private static boolean loaded;
    private static int serial = 100;

    private MonevFixture() {}

    static synchronized void load(JdbcClient jdbc) {
        if (!loaded) {
            create(jdbc);
            loaded = true;
        }
        resetCover(jdbc);
        jdbc.sql("delete from duplicate_nik where village_code >= '720903' and village_code < '720904'")
                .update();
    }

    /**
     * Cover as the fixture states it: the first Tiga Pulau worker paid through December 2025 (AKTIF on 19 December),
     * the second through October (MENUNGGAK, inside the 3-month grace); nobody else in the kecamatan has a cover row
     * (NONAKTIF). Set again before every test, because another test's billing run refreshes every payer's cover.
     */
    static void resetCover(JdbcClient jdbc) {
        jdbc.sql("""
                        delete from cover_state where participant_id in
                            (select id from participant where village_code >= '720903' and village_code < '720904')
                        """).update();
        List<Long> tiga = registered(jdbc, TIGA_PULAU);
        long desaPayer = jdbc.sql("select id from payer where code = ?")
                .param("APBDES-" + TIGA_PULAU)
                .query(Long.class)
                .single();
        cover(jdbc, tiga.get(0), desaPayer, 2025 * 12 + 11);
        cover(jdbc, tiga.get(1), desaPayer, 2025 * 12 + 9);
        // the donor's ledger summary, as a refresh of its account writes it from the two unpaid bills
        long donor = jdbc.sql("select id from payer where code = 'MONEV-UJI'")
                .query(Long.class)
                .single();
        jdbc.sql("delete from payer_month where payer_id = ?").param(donor).update();
        for (String month : List.of("2025-07-01", "2025-08-01")) {
            jdbc.sql("insert into payer_month (payer_id, contribution_month, billed, paid) values (?, ?, 16800, 0)")
                    .params(donor, LocalDate.parse(month))
                    .update();
        }
    }

    private static void create(JdbcClient jdbc) {
        for (int i = 0; i < 3; i++) {
            add(jdbc, TIGA_PULAU, "TERDAFTAR", "NELAYAN", "L", LocalDate.of(2024, 1, 1), null, true, null);
        }
        add(jdbc, TIGA_PULAU, "TERDAFTAR", "PETANI", "P", LocalDate.of(2025, 2, 1), null, true, null);
        add(
                jdbc,
                TIGA_PULAU,
                "BERHENTI",
                "NELAYAN",
                "L",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 6, 30),
                true,
                null);
        add(jdbc, TIGA_PULAU, "DIUSULKAN", "PEDAGANG_KECIL", "P", null, null, false, "SEX");
        add(jdbc, POPOLII, "TERDAFTAR", "BURUH_HARIAN", "P", LocalDate.of(2025, 3, 1), null, true, null);
        add(jdbc, POPOLII, "TERDAFTAR", "BURUH_HARIAN", "P", LocalDate.of(2025, 3, 1), null, false, null);
        add(jdbc, POPOLII, "DIVERIFIKASI", "PETANI", "L", null, null, false, null);
        jdbc.sql("""
                        insert into quota (village_code, quota_year, quota, set_by, set_at)
                        values (?, 2025, 50, 'uji', ?)
                        """)
                .params(POPOLII, OffsetDateTime.parse("2025-01-01T00:00:00Z"))
                .update();
        // cards: three received from BPJS (two in Tiga Pulau, one in Popolii), one of them handed over (Tiga Pulau)
        List<Long> tiga = registered(jdbc, TIGA_PULAU);
        List<Long> popolii = registered(jdbc, POPOLII);
        card(jdbc, tiga.get(0), "DITERIMA");
        card(jdbc, tiga.get(0), "DISERAHKAN");
        card(jdbc, tiga.get(1), "DITERIMA");
        card(jdbc, popolii.get(0), "DITERIMA");
        // arrears of a donor (no billing run bills it): July and August 2025 for the second worker, Rp16.800 each,
        // unpaid
        jdbc.sql("""
                        insert into payer (code, name, funding_source, region_code)
                        values ('MONEV-UJI', 'Donatur Uji Walea', 'LAINNYA', ?)
                        """).param(TUTUNG).update();
        long donor = jdbc.sql("select id from payer where code = 'MONEV-UJI'")
                .query(Long.class)
                .single();
        for (String month : List.of("2025-07-01", "2025-08-01")) {
            jdbc.sql("insert into bill (payer_id, contribution_month, created_at) values (?, ?, ?)")
                    .params(donor, LocalDate.parse(month), OffsetDateTime.parse("2025-07-01T00:00:00Z"))
                    .update();
            long bill = jdbc.sql("select id from bill where payer_id = ? and contribution_month = ?")
                    .params(donor, LocalDate.parse(month))
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                            insert into bill_line (bill_id, participant_id, contribution_month, kind, jkk, jkm, amount,
                                                   created_at)
                            values (?, ?, ?, 'TAGIHAN', 10000, 6800, 16800, ?)
                            """)
                    .params(bill, tiga.get(1), LocalDate.parse(month), OffsetDateTime.parse("2025-07-01T00:00:00Z"))
                    .update();
        }
    }

    private static List<Long> registered(JdbcClient jdbc, String village) {
        return jdbc.sql("select id from participant where village_code = ? and status = 'TERDAFTAR' order by id")
                .param(village)
                .query(Long.class)
                .list();
    }

    private static void cover(JdbcClient jdbc, long participant, long payer, int paidThrough) {
        jdbc.sql("""
                        insert into cover_state (participant_id, payer_id, first_month, membership_start, paid_through,
                                                 refreshed_at)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        participant,
                        payer,
                        2024 * 12,
                        2024 * 12,
                        paidThrough,
                        OffsetDateTime.parse("2025-12-18T00:00:00Z"))
                .update();
    }

    private static void card(JdbcClient jdbc, long participant, String event) {
        jdbc.sql("""
                        insert into card_event (participant_id, event, event_date, recorded_by, recorded_at)
                        values (?, ?, date '2025-12-09', 'uji', ?)
                        """)
                .params(participant, event, OffsetDateTime.parse("2025-12-09T01:00:00Z"))
                .update();
    }

    private static void add(
            JdbcClient jdbc,
            String village,
            String status,
            String occupation,
            String sex,
            LocalDate registeredOn,
            LocalDate endedOn,
            boolean kpj,
            String warnings) {
        serial++;
        // women carry day + 40 in the NIK
        String nik = "720903" + (sex.equals("P") ? "52" : "12") + "0690" + String.format("%04d", serial);
        jdbc.sql("""
                        insert into participant (nik, active_nik, full_name, birth_date, sex, village_code, occupation,
                            declared_income, segment, funding_source, programme_year, status, kpj, registered_on,
                            ended_on, declared_fit, nik_warnings, proposed_by, created_at)
                        values (?, ?, ?, date '1990-06-12', ?, ?, ?, 1000000, 'BPU', 'APBDES', ?, ?, ?, ?, ?, true, ?,
                            'uji', ?)
                        """)
                .params(
                        nik,
                        status.equals("BERHENTI") ? null : nik,
                        "Monev Uji " + serial,
                        sex,
                        village,
                        occupation,
                        registeredOn == null ? 2025 : registeredOn.getYear(),
                        status,
                        kpj ? String.format("31%09d", serial) : null,
                        registeredOn,
                        endedOn,
                        warnings,
                        OffsetDateTime.parse("2025-01-01T00:00:00Z"))
                .update();
    }
}
