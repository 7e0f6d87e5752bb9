package id.pesona.claim;

import id.pesona.monitoring.ClaimsPanel;
import id.pesona.shared.RegionCode;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The claims figures of the monitoring dashboards: one grouped statement over the claims of a region and period. */
@Component
class ClaimFigures implements ClaimsPanel {

    private final JdbcClient jdbc;

    ClaimFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public ClaimsPanel.ClaimFigures figures(RegionCode root, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select count(*),
                               sum(case when status = 'DIBAYAR' then 1 else 0 end),
                               sum(case when verdict = 'TERHAMBAT' and status not in ('DIBAYAR', 'DITOLAK')
                                        then 1 else 0 end),
                               sum(case when status = 'DITOLAK' then 1 else 0 end),
                               coalesce(sum(case when status = 'DIBAYAR' then paid_amount else 0 end), 0)
                        from claim
                        where village_code >= ? and village_code < ? and incident_date >= ? and incident_date <= ?
                        """)
                .params(
                        root.digits(),
                        root.upperBound(),
                        from == null ? LocalDate.of(1900, 1, 1) : from,
                        to == null ? LocalDate.of(9999, 12, 31) : to)
                .query((rs, n) -> new ClaimsPanel.ClaimFigures(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .single();
    }
}
