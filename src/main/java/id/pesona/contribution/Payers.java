package id.pesona.contribution;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.region.Regions;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.Like;
import id.pesona.shared.NotFoundException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionScope;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payer accounts, scoped like everything else: a village sees its own, a camat the ones in the kecamatan. */
@Service
public class Payers {

    public record NewPayer(String code, String name, String fundingSource, String region) {}

    static final RowMapper<Payer> ROW = (rs, n) -> new Payer(
            rs.getLong("id"),
            rs.getString("code"),
            rs.getString("name"),
            rs.getString("funding_source"),
            new RegionCode(rs.getString("region_code")),
            rs.getString("bpjs_group"));

    private final JdbcClient jdbc;
    private final Regions regions;
    private final AuditTrail audit;

    Payers(JdbcClient jdbc, Regions regions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
    }

    /**
     * Opens an account for every desa (APBDes, BPJS group SD) and kelurahan (APBD kabupaten, group SA) of a region
     * that has none yet: two set-based statements, safe to run at every start.
     */
    @Transactional
    public int openVillageAccounts(RegionCode root) {
        int desa = jdbc.sql("""
                        insert into payer (code, name, funding_source, region_code, bpjs_group)
                        select 'APBDES-' || r.code, 'Pemerintah Desa ' || r.name, 'APBDES', r.code, 'SD'
                        from region r
                        where r.level = 'DESA' and r.code >= :lo and r.code < :hi
                          and not exists (select 1 from payer p where p.code = 'APBDES-' || r.code)
                        """)
                .param("lo", root.digits())
                .param("hi", root.upperBound())
                .update();
        int kelurahan = jdbc.sql("""
                        insert into payer (code, name, funding_source, region_code, bpjs_group)
                        select 'APBD-' || r.code, 'Pemerintah Kabupaten (Kelurahan ' || r.name || ')',
                               'APBD_KABUPATEN', r.code, 'SA'
                        from region r
                        where r.level = 'KELURAHAN' and r.code >= :lo and r.code < :hi
                          and not exists (select 1 from payer p where p.code = 'APBD-' || r.code)
                        """)
                .param("lo", root.digits())
                .param("hi", root.upperBound())
                .update();
        return desa + kelurahan;
    }

    @Transactional(readOnly = true)
    public List<Payer> list(String fundingSource, String text) {
        RegionScope scope = CurrentUser.scope();
        StringBuilder sql =
                new StringBuilder("select id, code, name, funding_source, region_code, bpjs_group from payer"
                        + " where region_code >= ? and region_code < ?");
        var params = new java.util.ArrayList<Object>(List.of(scope.lower(), scope.upper()));
        if (fundingSource != null && !fundingSource.isBlank()) {
            sql.append(" and funding_source = ?");
            params.add(fundingSource);
        }
        if (text != null && !text.isBlank()) {
            sql.append(" and lower(name) like ?" + Like.ESCAPE);
            params.add(Like.contains(text));
        }
        sql.append(" order by region_code, code");
        return jdbc.sql(sql.toString()).params(params).query(ROW).list();
    }

    @Transactional(readOnly = true)
    public Payer get(long id) {
        Payer p = jdbc.sql("select id, code, name, funding_source, region_code, bpjs_group from payer where id = ?")
                .param(id)
                .query(ROW)
                .optional()
                .orElseThrow(() -> new NotFoundException("Pembayar " + id));
        CurrentUser.requireInScope(p.region());
        return p;
    }

    /** Another funder (the province, a company's CSR, ...) for the workers of a region. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Payer add(NewPayer n) {
        String code = n.code() == null ? "" : n.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9._-]{1,39}")) {
            throw new InvalidInputException("code", "payer.error.code");
        }
        if (jdbc.sql("select count(*) from payer where code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0) {
            throw new InvalidInputException("code", "payer.error.code.taken", code);
        }
        String name = n.name() == null ? "" : n.name().strip();
        if (name.isEmpty() || name.length() > 160) {
            throw new InvalidInputException("name", "payer.error.name");
        }
        if (n.fundingSource() == null || !ContributionRules.FUNDING_SOURCES.contains(n.fundingSource())) {
            throw new InvalidInputException("fundingSource", "tariff.error.fundingSources");
        }
        RegionCode region = RegionCode.tryParse(n.region())
                .orElseThrow(() -> new InvalidInputException("region", "region.error.code.format", n.region()));
        if (!regions.exists(region)) {
            throw new InvalidInputException("region", "user.error.scope.unknown", region.dotted());
        }
        CurrentUser.requireInScope(region);
        jdbc.sql("insert into payer (code, name, funding_source, region_code) values (?, ?, ?, ?)")
                .params(code, name, n.fundingSource(), region.digits())
                .update();
        Payer created = jdbc.sql(
                        "select id, code, name, funding_source, region_code, bpjs_group from payer where code = ?")
                .param(code)
                .query(ROW)
                .single();
        audit.record(
                AuditAction.CREATE,
                "PAYER",
                code,
                region.digits(),
                "Pembayar baru " + code + " " + name,
                null,
                Map.of("kode", code, "nama", name, "sumberDana", n.fundingSource(), "wilayah", region.dotted()));
        return created;
    }
}
