package id.pesona.participant;

import id.pesona.shared.CurrentUser;
import id.pesona.shared.RegionCode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each duplicate NIK the registry refused, in its own transaction: the refused proposal (or the whole import)
 * rolls back, the record of the caught duplicate stays for the data-quality panel.
 */
@Component
class DuplicateLog {

    /** Where the duplicate was caught. */
    enum Source {
        /** A proposal (form, API or import row) whose NIK is active in another place. */
        USULAN,
        /** An import row repeating a NIK of an earlier row of the same file. */
        BERKAS
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    DuplicateLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Nik nik, RegionCode village, Participant existing, Source source) {
        jdbc.sql("""
                        insert into duplicate_nik (nik, village_code, existing_village_code, existing_participant,
                            source, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        nik.value(),
                        village.digits(),
                        existing == null ? null : existing.village().digits(),
                        existing == null ? null : existing.id(),
                        source.name(),
                        CurrentUser.actorName(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }
}
