package id.pesona.contribution;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registered participants written straight into the table, for contribution tests. */
final class Fixtures {

    private static int serial = 8000;

    private Fixtures() {}

    static synchronized long registered(
            JdbcClient jdbc, String village, String funding, long income, LocalDate registeredOn, LocalDate endedOn) {
        String nik = "720912120690" + String.format("%04d", ++serial);
        jdbc.sql("""
                        insert into participant (nik, active_nik, full_name, birth_date, sex, village_code, occupation,
                            declared_income, segment, funding_source, programme_year, status, registered_on, ended_on,
                            declared_fit, proposed_by, created_at)
                        values (?, ?, ?, date '1990-06-12', 'L', ?, 'NELAYAN', ?, 'BPU', ?, 2025, ?, ?, ?,
                            true, 'uji', ?)
                        """)
                .params(
                        nik,
                        endedOn == null ? nik : null,
                        "Peserta Uji " + serial,
                        village,
                        income,
                        funding,
                        endedOn == null ? "TERDAFTAR" : "BERHENTI",
                        registeredOn,
                        endedOn,
                        OffsetDateTime.parse("2025-01-01T00:00:00Z"))
                .update();
        return jdbc.sql("select id from participant where nik = ?")
                .param(nik)
                .query(Long.class)
                .single();
    }

    /**
     * A perangkat desa (PU) on a siltap, registered on a date; funded as LAINNYA so that only the test's own payer
     * (not the village's APBDes account) holds its ledger.
     */
    static synchronized long perangkat(JdbcClient jdbc, String village, long siltap, LocalDate registeredOn) {
        String nik = "720912120690" + String.format("%04d", ++serial);
        jdbc.sql("""
                        insert into participant (nik, active_nik, full_name, birth_date, sex, village_code, occupation,
                            siltap, segment, funding_source, programme_year, status, registered_on,
                            declared_fit, proposed_by, created_at)
                        values (?, ?, ?, date '1980-03-02', 'P', ?, 'PERANGKAT_DESA', ?, 'PU', 'LAINNYA', 2025,
                            'TERDAFTAR', ?, true, 'uji', ?)
                        """)
                .params(
                        nik,
                        nik,
                        "Perangkat Uji " + serial,
                        village,
                        siltap,
                        registeredOn,
                        OffsetDateTime.parse("2025-01-01T00:00:00Z"))
                .update();
        return jdbc.sql("select id from participant where nik = ?")
                .param(nik)
                .query(Long.class)
                .single();
    }
}
