package id.pesona.participant;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data for the registry written straight to the tables: a worker in a given status, a village's quota. */
public final class Workers {

    private Workers() {}

    /** A male BPU fisherman (income Rp1.000.000, APBDes, programme 2025); registered on 1 Feb 2025 when TERDAFTAR. */
    public static long insert(
            JdbcClient jdbc, String nik, String name, LocalDate birthDate, String villageDigits, String status) {
        jdbc.sql("""
                        insert into participant (nik, active_nik, full_name, birth_date, sex, village_code, occupation,
                            declared_income, segment, funding_source, programme_year, status, registered_on,
                            declared_fit, proposed_by, created_at)
                        values (?, ?, ?, ?, 'L', ?, 'NELAYAN', 1000000, 'BPU', 'APBDES', 2025, ?, ?, true, 'uji', ?)
                        """)
                .params(
                        nik,
                        nik,
                        name,
                        birthDate,
                        villageDigits,
                        status,
                        status.equals("TERDAFTAR") ? LocalDate.of(2025, 2, 1) : null,
                        OffsetDateTime.parse("2025-01-15T08:00:00Z"))
                .update();
        return jdbc.sql("select id from participant where active_nik = ?")
                .param(nik)
                .query(Long.class)
                .single();
    }

    /** Active BPU workers of a village, counted here independently of the quota code. */
    public static long activeBpu(JdbcClient jdbc, String villageDigits) {
        return jdbc.sql("select count(*) from participant where village_code = ? and status <> 'BERHENTI'"
                        + " and segment = 'BPU'")
                .param(villageDigits)
                .query(Long.class)
                .single();
    }

    /** Sets a village's explicit quota for 2025. */
    public static void quota2025(JdbcClient jdbc, String villageDigits, long quota) {
        jdbc.sql("delete from quota where village_code = ? and quota_year = 2025")
                .param(villageDigits)
                .update();
        jdbc.sql(
                        "insert into quota (village_code, quota_year, quota, set_by, set_at) values (?, 2025, ?, 't.admin', ?)")
                .params(villageDigits, quota, OffsetDateTime.parse("2025-01-01T00:00:00Z"))
                .update();
    }
}
