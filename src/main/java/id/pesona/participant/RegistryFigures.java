package id.pesona.participant;

import id.pesona.shared.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of the registry for reporting (monitoring, public figures): no names, identifiers only masked. The caller
 * narrows the region to what its reader may see; every method here reads everything under the region it is given.
 */
@Service
@Transactional(readOnly = true)
public class RegistryFigures {

    /**
     * Participants of one village sharing every attribute below, counted. {@code registeredYear} and {@code endedYear}
     * are null when the participant was not registered or has not ended.
     */
    public record Cell(
            RegionCode village,
            ParticipantStatus status,
            Segment segment,
            Occupation occupation,
            Sex sex,
            String fundingSource,
            Integer registeredYear,
            Integer endedYear,
            boolean kpjMissing,
            boolean nikWarning,
            long count) {}

    private final JdbcClient jdbc;
    private final Quotas quotas;

    RegistryFigures(JdbcClient jdbc, Quotas quotas) {
        this.jdbc = jdbc;
        this.quotas = quotas;
    }

    /** The registry under a region grouped by every reporting attribute: one indexed range scan, one group-by. */
    public List<Cell> cells(RegionCode root) {
        return jdbc.sql("""
                        select village_code, status, segment, occupation, sex, funding_source,
                               extract(year from registered_on) as reg_year, extract(year from ended_on) as end_year,
                               case when kpj is null then 1 else 0 end as kpj_missing,
                               case when nik_warnings is null then 0 else 1 end as warned,
                               count(*) as n
                        from participant
                        where village_code >= :lo and village_code < :hi
                        group by village_code, status, segment, occupation, sex, funding_source,
                                 extract(year from registered_on), extract(year from ended_on),
                                 case when kpj is null then 1 else 0 end,
                                 case when nik_warnings is null then 0 else 1 end
                        """)
                .param("lo", root.digits())
                .param("hi", root.upperBound())
                .query((rs, n) -> new Cell(
                        new RegionCode(rs.getString("village_code")),
                        ParticipantStatus.valueOf(rs.getString("status")),
                        Segment.valueOf(rs.getString("segment")),
                        Occupation.valueOf(rs.getString("occupation")),
                        Sex.valueOf(rs.getString("sex")),
                        rs.getString("funding_source"),
                        rs.getObject("reg_year") == null ? null : rs.getInt("reg_year"),
                        rs.getObject("end_year") == null ? null : rs.getInt("end_year"),
                        rs.getInt("kpj_missing") == 1,
                        rs.getInt("warned") == 1,
                        rs.getLong("n")))
                .list();
    }

    /** NIK warnings of active participants under a region by warning code (BIRTH_DATE, SEX, DISTRICT_...). */
    public Map<String, Long> nikWarnings(RegionCode root) {
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("""
                        select nik_warnings, count(*) from participant
                        where village_code >= ? and village_code < ? and nik_warnings is not null
                              and status <> 'BERHENTI'
                        group by nik_warnings
                        """)
                .params(root.digits(), root.upperBound())
                .query((rs, n) -> {
                    for (String code : rs.getString(1).split(",")) {
                        out.merge(code.strip(), rs.getLong(2), Long::sum);
                    }
                    return 0;
                })
                .list();
        return out;
    }

    /**
     * Duplicate NIKs the registry refused under a region, per village that tried to add them: each NIK counted once
     * per village however often it was retried (re-uploading a file does not inflate the number).
     */
    public Map<RegionCode, Long> duplicatesResolved(RegionCode root) {
        Map<RegionCode, Long> out = new HashMap<>();
        jdbc.sql("""
                        select village_code, count(distinct nik) from duplicate_nik
                        where village_code >= ? and village_code < ?
                        group by village_code
                        """)
                .params(root.digits(), root.upperBound())
                .query((rs, n) -> out.put(new RegionCode(rs.getString(1)), rs.getLong(2)))
                .list();
        return out;
    }

    /** A refused duplicate, with the NIK masked: where it was tried, where it is active (null: same file), when. */
    public record Duplicate(
            String nikMasked, RegionCode village, RegionCode existingVillage, String source, Instant recordedAt) {}

    /** The latest refused duplicates under a region, newest first. */
    public List<Duplicate> latestDuplicates(RegionCode root, int limit) {
        return jdbc.sql("""
                        select nik, village_code, existing_village_code, source, recorded_at from duplicate_nik
                        where village_code >= ? and village_code < ?
                        order by recorded_at desc, id desc
                        fetch first ? rows only
                        """)
                .params(root.digits(), root.upperBound(), limit)
                .query((rs, n) -> new Duplicate(
                        Nik.parse(rs.getString(1)).masked(),
                        new RegionCode(rs.getString(2)),
                        rs.getString(3) == null ? null : new RegionCode(rs.getString(3)),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The last day anything changed in each village's registry (a proposal, a registration, an exit). */
    public Map<RegionCode, LocalDate> lastChange(RegionCode root, java.time.ZoneId zone) {
        Map<RegionCode, LocalDate> out = new HashMap<>();
        jdbc.sql("""
                        select village_code, max(coalesce(updated_at, created_at)) from participant
                        where village_code >= ? and village_code < ?
                        group by village_code
                        """)
                .params(root.digits(), root.upperBound())
                .query((rs, n) -> out.put(
                        new RegionCode(rs.getString(1)),
                        rs.getObject(2, OffsetDateTime.class)
                                .atZoneSameInstant(zone)
                                .toLocalDate()))
                .list();
        return out;
    }

    /**
     * Workers holding a BPU quota slot (not stopped) under a region who share a village, funding source, billing base
     * (declared income, else siltap; null when neither was entered), registration month and end month (each as the
     * first day of its month: billing prices whole months, so one group per month instead of one per date keeps the
     * result small for a whole province), counted: what the budget planner prices exactly as the billing run would
     * bill them.
     */
    public record Slot(
            RegionCode village,
            String segment,
            String fundingSource,
            Long base,
            LocalDate registeredOn,
            LocalDate endedOn,
            long count) {}

    public List<Slot> slots(RegionCode root) {
        return jdbc.sql("""
                        select village_code, segment, funding_source, coalesce(declared_income, siltap) as base,
                               cast(date_trunc('month', registered_on) as date),
                               cast(date_trunc('month', ended_on) as date), count(*) as n
                        from participant
                        where status <> 'BERHENTI' and segment = 'BPU' and village_code >= ? and village_code < ?
                        group by village_code, segment, funding_source, coalesce(declared_income, siltap),
                                 cast(date_trunc('month', registered_on) as date),
                                 cast(date_trunc('month', ended_on) as date)
                        """)
                .params(root.digits(), root.upperBound())
                .query((rs, n) -> new Slot(
                        new RegionCode(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getLong(7)))
                .list();
    }

    /** The quota of every village under a region for a year: the admin's number, else the year's default. */
    public Map<RegionCode, Integer> quotas(RegionCode root, int year) {
        Map<RegionCode, Integer> out = new HashMap<>();
        jdbc.sql(
                        "select village_code, quota from quota where quota_year = ? and village_code >= ? and village_code < ?")
                .params(year, root.digits(), root.upperBound())
                .query((rs, n) -> out.put(new RegionCode(rs.getString(1)), rs.getInt(2)))
                .list();
        return out;
    }

    public int defaultQuota(int year) {
        return quotas.defaultFor(year);
    }

    /** Registrations with BPJS (registered_on) and exits (ended_on) under a region within a period, inclusive. */
    public long[] registrationsAndExits(RegionCode root, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select sum(case when registered_on between :from and :to then 1 else 0 end),
                               sum(case when ended_on between :from and :to then 1 else 0 end)
                        from participant where village_code >= :lo and village_code < :hi
                        """)
                .param("from", from)
                .param("to", to)
                .param("lo", root.digits())
                .param("hi", root.upperBound())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }
}
