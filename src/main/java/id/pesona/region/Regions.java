package id.pesona.region;

import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionLevel;
import id.pesona.shared.RegionScope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the region table. Listings are narrowed to a user's {@link RegionScope}. */
@Service
@Transactional(readOnly = true)
public class Regions {

    static final RowMapper<Region> ROW = (rs, n) -> new Region(
            new RegionCode(rs.getString("code")),
            rs.getString("name"),
            RegionLevel.valueOf(rs.getString("level")),
            rs.getString("parent_code") == null ? null : new RegionCode(rs.getString("parent_code")),
            rs.getString("decree"));

    private final JdbcClient jdbc;

    Regions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Region> find(RegionCode code) {
        return jdbc.sql("select code, name, level, parent_code, decree from region where code = ?")
                .param(code.digits())
                .query(ROW)
                .optional();
    }

    public Region get(RegionCode code) {
        return find(code).orElseThrow(() -> new NotFoundException("Wilayah " + code.dotted()));
    }

    /**
     * Locks a region's row until the caller's transaction ends, so that work counted per village (quota use) is
     * serialised per village. Needs a surrounding read-write transaction.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void lock(RegionCode code) {
        jdbc.sql("select code from region where code = ? for update")
                .param(code.digits())
                .query(String.class)
                .list();
    }

    public boolean exists(RegionCode code) {
        return find(code).isPresent();
    }

    /** The region and its ancestors, from the province down (for breadcrumbs). */
    public List<Region> lineage(RegionCode code) {
        List<String> codes = code.lineage().stream().map(RegionCode::digits).toList();
        Map<String, Region> byCode = jdbc
                .sql("select code, name, level, parent_code, decree from region where code in (:codes)")
                .param("codes", codes)
                .query(ROW)
                .list()
                .stream()
                .collect(Collectors.toMap(r -> r.code().digits(), Function.identity()));
        return codes.stream().map(byCode::get).filter(r -> r != null).toList();
    }

    public Map<RegionCode, Region> findAll(Collection<RegionCode> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select code, name, level, parent_code, decree from region where code in (:codes)")
                .param("codes", codes.stream().map(RegionCode::digits).toList())
                .query(ROW)
                .list()
                .stream()
                .collect(Collectors.toMap(Region::code, Function.identity()));
    }

    /**
     * The children of a region with the number of kecamatan, desa and kelurahan under each, narrowed to the ones the
     * scope may navigate (a DESA user sees only the path down to their own village).
     */
    public List<RegionSummary> children(RegionCode parent, RegionScope scope) {
        int childLength = parent.level() == RegionLevel.PROVINSI ? 4 : parent.level() == RegionLevel.KABUPATEN ? 6 : 10;
        if (parent.isVillage()) {
            return List.of();
        }
        return jdbc
                .sql("""
                        select r.code, r.name, r.level,
                               coalesce(k.kecamatan, 0) as kecamatan,
                               coalesce(k.desa, 0) as desa,
                               coalesce(k.kelurahan, 0) as kelurahan
                        from region r
                        left join (
                            select d.child,
                                   sum(case when d.level = 'KECAMATAN' then 1 else 0 end) as kecamatan,
                                   sum(case when d.level = 'DESA' then 1 else 0 end) as desa,
                                   sum(case when d.level = 'KELURAHAN' then 1 else 0 end) as kelurahan
                            from (
                                select substring(code, 1, :len) as child, level from region
                                where code >= :lo and code < :hi and length(code) > :len
                            ) d
                            group by d.child
                        ) k on k.child = r.code
                        where r.parent_code = :parent
                        order by r.code
                        """)
                .param("len", childLength)
                .param("lo", parent.digits())
                .param("hi", parent.upperBound())
                .param("parent", parent.digits())
                .query((rs, n) -> new RegionSummary(
                        new RegionCode(rs.getString("code")),
                        rs.getString("name"),
                        RegionLevel.valueOf(rs.getString("level")),
                        rs.getLong("kecamatan"),
                        rs.getLong("desa"),
                        rs.getLong("kelurahan")))
                .list()
                .stream()
                .filter(c -> scope.canNavigate(c.code()))
                .toList();
    }

    /** Number of regions of each level inside a region and inside a scope. */
    public Map<RegionLevel, Long> countByLevel(RegionCode root, RegionScope scope) {
        String lo = max(root.digits(), scope.lower());
        String hi = min(root.upperBound(), scope.upper());
        return jdbc
                .sql("""
                        select level, count(*) as n from region
                        where code >= :lo and code < :hi and code <> :root
                        group by level
                        """)
                .param("lo", lo)
                .param("hi", hi)
                .param("root", root.digits())
                .query((rs, n) -> Map.entry(RegionLevel.valueOf(rs.getString("level")), rs.getLong("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Villages (desa and kelurahan) inside a region, for exports and pickers. */
    public List<Region> villages(RegionCode root, RegionScope scope) {
        return jdbc.sql("""
                        select code, name, level, parent_code, decree from region
                        where code >= :lo and code < :hi and level in ('DESA', 'KELURAHAN')
                        order by code
                        """)
                .param("lo", max(root.digits(), scope.lower()))
                .param("hi", min(root.upperBound(), scope.upper()))
                .query(ROW)
                .list();
    }

    private static String max(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
