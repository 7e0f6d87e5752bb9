package id.pesona.monitoring;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.participant.RegistryFigures;
import id.pesona.region.Region;
import id.pesona.region.Regions;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionScope;
import id.pesona.shared.TenantProperties;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Quota scenarios for the budget: the quotas in force for the year, a uniform number per village (100 today, the
 * plan's 150), or a custom table the admin saved (uniform or per village, typed or uploaded).
 */
@Service
public class Scenarios {

    /**
     * A scenario by key: {@code kuota} (quotas in force), {@code u<N>} (N per village), {@code s<id>} (saved). A saved
     * scenario has its uniform quota or a quota per village (villages missing from its table have none).
     */
    public record Scenario(String key, String name, Integer uniform, Long savedId) {}

    private final JdbcClient jdbc;
    private final RegistryFigures registry;
    private final Regions regions;
    private final Workforce workforce;
    private final AuditTrail audit;
    private final TenantProperties tenant;
    private final Clock clock;

    Scenarios(
            JdbcClient jdbc,
            RegistryFigures registry,
            Regions regions,
            Workforce workforce,
            AuditTrail audit,
            TenantProperties tenant,
            Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.regions = regions;
        this.workforce = workforce;
        this.audit = audit;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** The built-in scenarios for a year, then the saved ones. */
    @Transactional(readOnly = true)
    public List<Scenario> all(int year) {
        List<Scenario> out = new ArrayList<>();
        out.add(new Scenario("kuota", "kuota", null, null));
        int today = registry.defaultQuota(year);
        long planned = workforce.plannedPerVillage(year);
        out.add(new Scenario("u" + today, "u", today, null));
        if (planned != today) {
            out.add(new Scenario("u" + planned, "u", (int) planned, null));
        }
        out.addAll(jdbc.sql("select id, name, uniform_quota from monev_scenario order by id")
                .query((rs, n) -> new Scenario(
                        "s" + rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class), rs.getLong(1)))
                .list());
        return out;
    }

    @Transactional(readOnly = true)
    public Scenario byKey(String key, int year) {
        if (key != null && key.matches("u\\d{1,5}")) {
            return new Scenario(key, "u", Integer.parseInt(key.substring(1)), null);
        }
        return all(year).stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Skenario " + key));
    }

    /** The quota of each village under a region in a scenario. */
    @Transactional(readOnly = true)
    public Map<RegionCode, Integer> quotas(Scenario s, RegionCode root, int year) {
        List<Region> villages = regions.villages(root, RegionScope.of(root));
        Map<RegionCode, Integer> out = new HashMap<>();
        if (s.savedId() == null && s.uniform() == null) {
            Map<RegionCode, Integer> explicit = registry.quotas(root, year);
            int dflt = registry.defaultQuota(year);
            villages.forEach(v -> out.put(v.code(), explicit.getOrDefault(v.code(), dflt)));
        } else if (s.uniform() != null) {
            villages.forEach(v -> out.put(v.code(), s.uniform()));
        } else {
            jdbc.sql("""
                            select village_code, quota from monev_scenario_quota
                            where scenario_id = ? and village_code >= ? and village_code < ?
                            """)
                    .params(s.savedId(), root.digits(), root.upperBound())
                    .query((rs, n) -> out.put(new RegionCode(rs.getString(1)), rs.getInt(2)))
                    .list();
        }
        return out;
    }

    /** A saved scenario as the admin entered it, to edit: its uniform quota or its table of village quotas. */
    public record Saved(long id, String name, Integer uniform, Map<RegionCode, Integer> table) {

        /** The table as the form shows it: one "code;quota" line per village. */
        public String tableText() {
            StringBuilder b = new StringBuilder();
            table.forEach(
                    (code, q) -> b.append(code.dotted()).append(';').append(q).append('\n'));
            return b.toString();
        }
    }

    @Transactional(readOnly = true)
    public Saved saved(long id) {
        Saved head = jdbc.sql("select id, name, uniform_quota from monev_scenario where id = ?")
                .param(id)
                .query((rs, n) ->
                        new Saved(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class), Map.of()))
                .optional()
                .orElseThrow(() -> new NotFoundException("Skenario " + id));
        Map<RegionCode, Integer> table = new LinkedHashMap<>();
        jdbc.sql("select village_code, quota from monev_scenario_quota where scenario_id = ? order by village_code")
                .param(id)
                .query((rs, n) -> table.put(new RegionCode(rs.getString(1)), rs.getInt(2)))
                .list();
        return new Saved(head.id(), head.name(), head.uniform(), table);
    }

    /**
     * Saves a scenario: a uniform quota, or a table of village codes and quotas (typed or read from an uploaded file).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Scenario save(String name, Integer uniform, Map<String, String> table) {
        String n = validName(name);
        Map<RegionCode, Integer> rows = validRows(uniform, table);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into monev_scenario (name, budget_year, uniform_quota, created_by, created_at)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(n, now.getYear(), uniform, CurrentUser.actorName(), now)
                .update(key, "id");
        long id = key.getKey().longValue();
        insertRows(id, rows);
        audit.record(
                AuditAction.CREATE,
                "MONEV_SCENARIO",
                String.valueOf(id),
                null,
                "Skenario anggaran " + n,
                null,
                snapshot(n, uniform, rows));
        return new Scenario("s" + id, n, uniform, id);
    }

    /** Changes a saved scenario: its name and either its uniform quota or its whole table. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Scenario update(long id, String name, Integer uniform, Map<String, String> table) {
        Saved before = saved(id);
        String n = validName(name);
        Map<RegionCode, Integer> rows = validRows(uniform, table);
        jdbc.sql("update monev_scenario set name = ?, uniform_quota = ? where id = ?")
                .params(n, uniform, id)
                .update();
        jdbc.sql("delete from monev_scenario_quota where scenario_id = ?")
                .param(id)
                .update();
        insertRows(id, rows);
        audit.record(
                AuditAction.UPDATE,
                "MONEV_SCENARIO",
                String.valueOf(id),
                null,
                "Skenario anggaran " + n + " diubah",
                snapshot(before.name(), before.uniform(), before.table()),
                snapshot(n, uniform, rows));
        return new Scenario("s" + id, n, uniform, id);
    }

    /** Removes a saved scenario (a planning draft, not a financial record); the audit trail keeps what it held. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id) {
        Saved before = saved(id);
        jdbc.sql("delete from monev_scenario_quota where scenario_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from monev_scenario where id = ?").param(id).update();
        audit.record(
                AuditAction.DELETE,
                "MONEV_SCENARIO",
                String.valueOf(id),
                null,
                "Skenario anggaran " + before.name() + " dihapus",
                snapshot(before.name(), before.uniform(), before.table()),
                null);
    }

    private static String validName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 120) {
            throw new InvalidInputException("name", "monev.scenario.error.name");
        }
        return n;
    }

    private Map<RegionCode, Integer> validRows(Integer uniform, Map<String, String> table) {
        Map<RegionCode, Integer> rows = new LinkedHashMap<>();
        if (uniform == null) {
            if (table == null || table.isEmpty()) {
                throw new InvalidInputException("table", "monev.scenario.error.empty");
            }
            for (var e : table.entrySet()) {
                RegionCode code = RegionCode.tryParse(e.getKey())
                        .filter(RegionCode::isVillage)
                        .filter(c -> tenant.root().contains(c))
                        .filter(regions::exists)
                        .orElseThrow(
                                () -> new InvalidInputException("table", "monev.scenario.error.village", e.getKey()));
                CurrentUser.requireInScope(code);
                String v = e.getValue() == null ? "" : e.getValue().strip();
                if (!v.matches("\\d{1,5}") || Integer.parseInt(v) > 10_000) {
                    throw new InvalidInputException("table", "monev.scenario.error.quota", e.getKey(), v);
                }
                rows.put(code, Integer.parseInt(v));
            }
        } else if (uniform < 0 || uniform > 10_000) {
            throw new InvalidInputException("uniform", "monev.scenario.error.quota", "-", uniform);
        }
        return rows;
    }

    private void insertRows(long id, Map<RegionCode, Integer> rows) {
        rows.forEach((code, q) -> jdbc.sql(
                        "insert into monev_scenario_quota (scenario_id, village_code, quota) values (?, ?, ?)")
                .params(id, code.digits(), q)
                .update());
    }

    private static Map<String, Object> snapshot(String name, Integer uniform, Map<RegionCode, Integer> rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nama", name);
        out.put("kuotaSeragam", uniform);
        out.put("desaKelurahan", rows.size());
        out.put(
                "jumlahKuota",
                rows.values().stream().mapToLong(Integer::longValue).sum());
        return out;
    }
}
