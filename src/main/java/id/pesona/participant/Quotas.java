package id.pesona.participant;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.region.Region;
import id.pesona.region.Regions;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionScope;
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

/**
 * Quotas per village and year: an explicit number where the admin set one, else the default of the year (100 since
 * 2024, rule data). Active BPU participants fill it; perangkat desa are insured outside the quota.
 */
@Service
public class Quotas {

    public record VillageQuota(
            RegionCode village, String name, boolean kelurahan, int quota, long used, boolean explicit) {

        public long free() {
            return Math.max(0, quota - used);
        }

        public String dotted() {
            return village.dotted();
        }
    }

    private final JdbcClient jdbc;
    private final Regions regions;
    private final AuditTrail audit;
    private final Clock clock;

    Quotas(JdbcClient jdbc, Regions regions, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public int defaultFor(int year) {
        return jdbc.sql("select quota from quota_default where from_year <= ? order by from_year desc, id desc"
                        + " fetch first 1 rows only")
                .param(year)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    @Transactional(readOnly = true)
    public int quotaFor(RegionCode village, int year) {
        return jdbc.sql("select quota from quota where village_code = ? and quota_year = ?")
                .params(village.digits(), year)
                .query(Integer.class)
                .optional()
                .orElseGet(() -> defaultFor(year));
    }

    /** Quota and use of every village under a region, narrowed to the user's scope; 403 for a region outside it. */
    @Transactional(readOnly = true)
    public List<VillageQuota> forRegion(RegionCode root, int year) {
        RegionScope scope = CurrentUser.scope();
        List<Region> villages = regions.villages(CurrentUser.within(root), scope);
        if (villages.isEmpty()) {
            return List.of();
        }
        String lo = villages.get(0).code().digits();
        String hi = villages.get(villages.size() - 1).code().upperBound();
        Map<String, Integer> explicit = new HashMap<>();
        jdbc.sql(
                        "select village_code, quota from quota where quota_year = ? and village_code >= ? and village_code < ?")
                .params(year, lo, hi)
                .query((rs, n) -> explicit.put(rs.getString(1), rs.getInt(2)))
                .list();
        Map<String, Long> used = new HashMap<>();
        jdbc.sql("""
                        select village_code, count(*) from participant
                        where status <> 'BERHENTI' and segment = 'BPU' and village_code >= ? and village_code < ?
                        group by village_code
                        """)
                .params(lo, hi)
                .query((rs, n) -> used.put(rs.getString(1), rs.getLong(2)))
                .list();
        int dflt = defaultFor(year);
        return villages.stream()
                .map(v -> new VillageQuota(
                        v.code(),
                        v.name(),
                        v.level() == id.pesona.shared.RegionLevel.KELURAHAN,
                        explicit.getOrDefault(v.code().digits(), dflt),
                        used.getOrDefault(v.code().digits(), 0L),
                        explicit.containsKey(v.code().digits())))
                .toList();
    }

    /** Sets the quota of one village, or of every village under a kecamatan or the regency, for a year. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int set(String regionText, Integer year, Integer quota) {
        RegionCode region = RegionCode.tryParse(regionText)
                .orElseThrow(() -> new InvalidInputException("region", "region.error.code.format", regionText));
        if (!regions.exists(region)) {
            throw new InvalidInputException("region", "user.error.scope.unknown", region.dotted());
        }
        CurrentUser.requireInScope(region);
        if (year == null || year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "quota.error.year");
        }
        if (quota == null || quota < 0 || quota > 10_000) {
            throw new InvalidInputException("quota", "quota.error.quota");
        }
        List<VillageQuota> before = forRegion(region, year);
        for (VillageQuota v : before) {
            if (v.used() > quota) {
                throw new InvalidInputException("quota", "quota.error.belowUse", v.name(), v.used(), quota);
            }
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int changed = jdbc.sql("""
                        merge into quota q
                        using (select code from region
                               where code >= :lo and code < :hi and level in ('DESA', 'KELURAHAN')) v
                        on (q.village_code = v.code and q.quota_year = :year)
                        when matched then update set quota = :quota, set_by = :by, set_at = :at
                        when not matched then insert (village_code, quota_year, quota, set_by, set_at)
                            values (v.code, :year, :quota, :by, :at)
                        """)
                .param("lo", region.digits())
                .param("hi", region.upperBound())
                .param("year", year)
                .param("quota", quota)
                .param("by", CurrentUser.actorName())
                .param("at", now)
                .update();
        Map<String, Object> old = new LinkedHashMap<>();
        before.forEach(v -> old.put(v.dotted(), v.quota()));
        audit.record(
                AuditAction.UPDATE,
                "QUOTA",
                region.dotted() + "/" + year,
                region.digits(),
                "Kuota " + year + " untuk " + changed + " desa/kelurahan di " + region.dotted() + " menjadi " + quota,
                old,
                Map.of("kuota", quota, "tahun", year, "desaKelurahan", changed));
        return changed;
    }
}
