package id.pesona.monitoring;

import id.pesona.region.RegionSummary;
import id.pesona.region.Regions;
import id.pesona.shared.Formats;
import id.pesona.shared.PesonaPrincipal;
import id.pesona.shared.RegionScope;
import id.pesona.shared.Role;
import id.pesona.shared.TenantProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * On the first day of each month, makes last month's reports and stores them for download: the monev report and the
 * Paritrana pack of the regency, and the periodic report of every kecamatan, each as PDF and .xlsx. Runs as the
 * system with the regency's read-only scope. Generating the same month again replaces its files.
 *
 * <p>The job has its own one-thread scheduler instead of {@code @EnableScheduling}: a scheduler bean is also a
 * {@code TaskExecutor} and would make the imports' executor ambiguous. The cron ({@code
 * pesona.monitoring.monthly-reports.cron}, {@code -} turns it off) runs in the tenant's time zone.
 */
@Component
class MonthlyReports implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MonthlyReports.class);

    /** The job reads like leadership: the whole regency, nothing to change. */
    record SystemReader(RegionScope scope) implements PesonaPrincipal {
        @Override
        public long userId() {
            return 0;
        }

        @Override
        public String username() {
            return "sistem";
        }

        @Override
        public String fullName() {
            return "Sistem (laporan bulanan)";
        }

        @Override
        public Role role() {
            return Role.PIMPINAN;
        }
    }

    private final MonitoringReports reports;
    private final Regions regions;
    private final TenantProperties tenant;
    private final Clock clock;
    private final String cron;
    private ThreadPoolTaskScheduler scheduler;

    MonthlyReports(
            MonitoringReports reports,
            Regions regions,
            TenantProperties tenant,
            Clock clock,
            @Value("${pesona.monitoring.monthly-reports.cron:0 0 2 1 * *}") String cron) {
        this.reports = reports;
        this.regions = regions;
        this.tenant = tenant;
        this.clock = clock;
        this.cron = cron;
    }

    @Override
    public synchronized void start() {
        if ("-".equals(cron) || scheduler != null) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("monev-laporan-");
        scheduler.initialize();
        scheduler.schedule(this::scheduled, new CronTrigger(cron, tenant.zone()));
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    void scheduled() {
        try {
            run(YearMonth.from(LocalDate.now(clock)).minusMonths(1));
        } catch (RuntimeException e) {
            log.error("Laporan monev bulanan gagal", e);
        }
    }

    /** Makes and stores the reports of one month; returns how many files were stored. */
    int run(YearMonth month) {
        var context = SecurityContextHolder.createEmptyContext();
        var principal = new SystemReader(RegionScope.of(tenant.root()));
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority(Role.PIMPINAN.authority()))));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        int n = 0;
        try {
            LocalDate from = month.atDay(1);
            LocalDate to = month.atEndOfMonth();
            for (String format : List.of("pdf", "xlsx")) {
                reports.generate(MonitoringReports.Kind.MONEV, tenant.root(), from, to, format, Formats.INDONESIAN);
                reports.generate(MonitoringReports.Kind.PARITRANA, tenant.root(), from, to, format, Formats.INDONESIAN);
                n += 2;
                for (RegionSummary k : regions.children(tenant.root(), principal.scope())) {
                    reports.generate(MonitoringReports.Kind.KECAMATAN, k.code(), from, to, format, Formats.INDONESIAN);
                    n++;
                }
            }
            log.info("Laporan monev {} dibuat: {} berkas", month, n);
            return n;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
