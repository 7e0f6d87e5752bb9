package id.pesona.monitoring;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.region.Regions;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionLevel;
import id.pesona.shared.Rupiah;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The working population per kecamatan and year that the admin enters, and the planned workers per village. */
@Service
public class Workforce {

    public record Entry(RegionCode kecamatan, int year, long workers, String source, String setBy) {}

    private final JdbcClient jdbc;
    private final Regions regions;
    private final AuditTrail audit;
    private final Clock clock;

    Workforce(JdbcClient jdbc, Regions regions, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Map<RegionCode, Long> byKecamatan(RegionCode root, int year) {
        Map<RegionCode, Long> out = new HashMap<>();
        jdbc.sql("""
                        select kecamatan_code, workers from monev_workforce
                        where figure_year = ? and kecamatan_code >= ? and kecamatan_code < ?
                        """)
                .params(year, root.digits(), root.upperBound())
                .query((rs, n) -> out.put(new RegionCode(rs.getString(1)), rs.getLong(2)))
                .list();
        return out;
    }

    @Transactional(readOnly = true)
    public List<Entry> entries(RegionCode root) {
        return jdbc.sql("""
                        select kecamatan_code, figure_year, workers, source, set_by from monev_workforce
                        where kecamatan_code >= ? and kecamatan_code < ?
                        order by figure_year desc, kecamatan_code
                        """)
                .params(root.digits(), root.upperBound())
                .query((rs, n) -> new Entry(
                        new RegionCode(rs.getString(1)), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** The planned workers per village in a year (150 from 2026 by default, rule data); 0 before any plan. */
    @Transactional(readOnly = true)
    public long plannedPerVillage(int year) {
        return jdbc.sql("select per_village from monev_plan where from_year <= ? order by from_year desc, id desc"
                        + " fetch first 1 rows only")
                .param(year)
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("select per_village from monev_plan order by from_year, id"
                                + " fetch first 1 rows only")
                        .query(Long.class)
                        .optional()
                        .orElse(0L));
    }

    /** Sets (or corrects) the working population of a kecamatan for a year. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Entry set(String kecamatanText, Integer year, String workersText, String sourceText) {
        RegionCode kecamatan = RegionCode.tryParse(kecamatanText)
                .filter(c -> c.level() == RegionLevel.KECAMATAN)
                .filter(regions::exists)
                .orElseThrow(() -> new InvalidInputException("kecamatan", "monev.workforce.error.kecamatan"));
        CurrentUser.requireInScope(kecamatan);
        if (year == null || year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "monev.workforce.error.year");
        }
        long workers = Rupiah.parse(workersText)
                .filter(n -> n > 0)
                .orElseThrow(() -> new InvalidInputException("workers", "monev.workforce.error.workers"));
        String source = sourceText == null ? "" : sourceText.strip();
        if (source.isEmpty() || source.length() > 300) {
            throw new InvalidInputException("source", "monev.workforce.error.source");
        }
        Long before = byKecamatan(kecamatan, year).get(kecamatan);
        jdbc.sql("""
                        merge into monev_workforce w
                        using (select cast(:code as varchar(10)) as code, cast(:yr as integer) as yr) v
                        on (w.kecamatan_code = v.code and w.figure_year = v.yr)
                        when matched then update set workers = :workers, source = :source, set_by = :by, set_at = :at
                        when not matched then insert (kecamatan_code, figure_year, workers, source, set_by, set_at)
                            values (v.code, v.yr, :workers, :source, :by, :at)
                        """)
                .param("code", kecamatan.digits())
                .param("yr", year)
                .param("workers", workers)
                .param("source", source)
                .param("by", CurrentUser.actorName())
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kecamatan", kecamatan.dotted());
        after.put("tahun", year);
        after.put("angkatanKerja", workers);
        after.put("sumber", source);
        audit.record(
                before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                "MONEV_WORKFORCE",
                kecamatan.dotted() + "/" + year,
                kecamatan.digits(),
                "Angkatan kerja " + kecamatan.dotted() + " tahun " + year + ": " + workers,
                before == null ? null : Map.of("angkatanKerja", before),
                after);
        return new Entry(kecamatan, year, workers, source, CurrentUser.actorName());
    }
}
