package id.pesona.region;

import id.pesona.audit.AuditAction;
import id.pesona.audit.AuditTrail;
import id.pesona.shared.CurrentUser;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionLevel;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** New villages are formed by decree: an admin adds them, or renames a region, and every change is audited. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class RegionChanges {

    static final int MAX_NAME = 120;

    private final JdbcClient jdbc;
    private final Regions regions;
    private final AuditTrail audit;
    private final Clock clock;

    RegionChanges(JdbcClient jdbc, Regions regions, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a desa (code 2xxx) or kelurahan (code 1xxx) under an existing kecamatan. */
    @Transactional
    public Region addVillage(String codeText, String name, String decree) {
        RegionCode code = RegionCode.tryParse(codeText)
                .orElseThrow(() -> new InvalidInputException("code", "region.error.code.format", codeText));
        if (!code.isVillage()) {
            throw new InvalidInputException("code", "region.error.code.notVillage", code.dotted());
        }
        if (!code.hasValidVillageKind()) {
            throw new InvalidInputException("code", "region.error.code.kind", code.dotted());
        }
        RegionCode parentCode = code.parent().orElseThrow();
        Region parent = regions.find(parentCode)
                .orElseThrow(
                        () -> new InvalidInputException("code", "region.error.parent.missing", parentCode.dotted()));
        if (parent.level() != RegionLevel.KECAMATAN) {
            throw new InvalidInputException("code", "region.error.parent.level", parentCode.dotted());
        }
        CurrentUser.requireInScope(code);
        if (regions.exists(code)) {
            throw new InvalidInputException(
                    "code",
                    "region.error.code.exists",
                    code.dotted(),
                    regions.get(code).name());
        }
        String cleanName = validName(name);
        String cleanDecree = validDecree(decree);
        jdbc.sql("""
                        insert into region (code, name, level, parent_code, decree, created_at)
                        values (:code, :name, :level, :parent, :decree, :at)
                        """)
                .param("code", code.digits())
                .param("name", cleanName)
                .param("level", code.level().name())
                .param("parent", parentCode.digits())
                .param("decree", cleanDecree)
                .param("at", now())
                .update();
        Region created = regions.get(code);
        audit.record(
                AuditAction.CREATE,
                "REGION",
                code.dotted(),
                code.digits(),
                "Wilayah baru " + code.dotted() + " " + cleanName,
                null,
                snapshot(created));
        return created;
    }

    /** Renames a region inside the admin's scope; the decree that renamed it is kept with it. */
    @Transactional
    public Region rename(RegionCode code, String name, String decree) {
        CurrentUser.requireInScope(code);
        Region before = regions.get(code);
        String cleanName = validName(name);
        String cleanDecree = validDecree(decree);
        jdbc.sql("update region set name = :name, decree = :decree, updated_at = :at where code = :code")
                .param("name", cleanName)
                .param("decree", cleanDecree)
                .param("at", now())
                .param("code", code.digits())
                .update();
        Region after = regions.get(code);
        audit.record(
                AuditAction.UPDATE,
                "REGION",
                code.dotted(),
                code.digits(),
                "Ubah nama " + code.dotted() + ": " + before.name() + " → " + after.name(),
                snapshot(before),
                snapshot(after));
        return after;
    }

    private static String validName(String name) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            throw new InvalidInputException("name", "region.error.name.required");
        }
        if (n.length() > MAX_NAME) {
            throw new InvalidInputException("name", "region.error.name.tooLong", MAX_NAME);
        }
        return n;
    }

    private static String validDecree(String decree) {
        String d = decree == null ? "" : decree.strip();
        if (d.isEmpty()) {
            throw new InvalidInputException("decree", "region.error.decree.required");
        }
        if (d.length() > 200) {
            throw new InvalidInputException("decree", "region.error.decree.tooLong", 200);
        }
        return d;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Map<String, Object> snapshot(Region r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kode", r.code().dotted());
        m.put("nama", r.name());
        m.put("jenis", r.level().name());
        m.put("induk", r.parent() == null ? null : r.parent().dotted());
        m.put("dasarHukum", r.decree());
        return m;
    }
}
