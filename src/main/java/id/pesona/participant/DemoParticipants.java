package id.pesona.participant;

import id.pesona.region.Region;
import id.pesona.region.Regions;
import id.pesona.shared.RegionLevel;
import id.pesona.shared.RegionScope;
import id.pesona.shared.TenantProperties;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: the programme as the regency runs it, with synthetic people: 100 workers in each of the 134 desa from
 * 2024 (APBDes) and in each of the 12 kelurahan from 2025 (APBD), NIKs valid for their kecamatan, plausible names,
 * fishermen on the islands and farmers inland, most registered with a KPJ number, a few proposals still open.
 * Deterministic (fixed seed) and written in JDBC batches.
 */
@Component
@Profile("demo")
@Order(40)
class DemoParticipants implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoParticipants.class);

    static final String[] MEN = {
        "Ahmad", "Muhammad", "Abdul Rahman", "Hasan", "Jufri", "Arman", "Syamsul", "Irwan", "Rudi", "Amir", "Basri",
        "Darwis", "Fadli", "Hamka", "Ilham", "Kasim", "Lukman", "Mansur", "Nasrun", "Rusdi", "Sudirman", "Taufik",
        "Usman", "Yusuf", "Zainal", "Ridwan", "Samsudin", "Yamin", "Hendra", "Agus"
    };
    static final String[] WOMEN = {
        "Siti",
        "Nurhayati",
        "Hasnah",
        "Rahmawati",
        "Fatmawati",
        "Masni",
        "Ramlah",
        "Sitti Aminah",
        "Hadijah",
        "Wahyuni",
        "Nurul",
        "Rosmini",
        "Asmawati",
        "Yuliana",
        "Marlina",
        "Suryani",
        "Jumriah",
        "Salmah",
        "Halimah",
        "Rina",
        "Nurjannah",
        "Mariam",
        "Sumarni",
        "Hartati"
    };
    static final String[] FAMILY = {
        "Lamadi",
        "Tandiabang",
        "Pakaya",
        "Labaso",
        "Lamasitudju",
        "Bachtiar",
        "Tahir",
        "Ladjido",
        "Lasimpala",
        "Mangge",
        "Tanggo",
        "Lapasere",
        "Mardin",
        "Kadir",
        "Bakri",
        "Saleh",
        "Umar",
        "Rauf",
        "Latjangka",
        "Dg. Matta",
        "Lahay",
        "Pangemanan",
        "Towana",
        "Batalipu",
        "Tolangi",
        "Yotolembah"
    };
    /** Island kecamatan, where most workers fish: Una Una, Togean, Walea Kepulauan, Walea Besar, Batudaka, Talatako. */
    static final Set<String> ISLANDS = Set.of("720901", "720902", "720903", "720909", "720911", "720912");

    private final JdbcTemplate jdbc;
    private final Regions regions;
    private final TenantProperties tenant;

    DemoParticipants(JdbcTemplate jdbc, Regions regions, TenantProperties tenant) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.tenant = tenant;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("select count(*) from participant", Long.class);
        if (existing != null && existing > 0) {
            return;
        }
        Random r = new Random(7209);
        Set<String> niks = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> heirs = new ArrayList<>();
        long kpj = 0;
        Timestamp now = Timestamp.from(Instant.parse("2025-01-02T01:00:00Z"));
        List<Region> villages = regions.villages(tenant.root(), RegionScope.NATIONAL);
        int villageIndex = 0;
        for (Region v : villages) {
            boolean kelurahan = v.level() == RegionLevel.KELURAHAN;
            int year = kelurahan ? 2025 : 2024;
            String district = v.code().digits().substring(0, 6);
            boolean island = ISLANDS.contains(district);
            // a few villages still have open proposals
            int open = villageIndex++ % 11 == 0 ? 3 : 0;
            for (int i = 0; i < 100; i++) {
                boolean woman = r.nextInt(100) < 38;
                LocalDate birth = LocalDate.of(1965 + r.nextInt(39), 1 + r.nextInt(12), 1 + r.nextInt(28));
                String nik;
                do {
                    nik = district
                            + String.format("%02d", birth.getDayOfMonth() + (woman ? 40 : 0))
                            + String.format("%02d", birth.getMonthValue())
                            + String.format("%02d", birth.getYear() % 100)
                            + String.format("%04d", 1 + r.nextInt(9_999));
                } while (!niks.add(nik));
                String first = woman ? WOMEN[r.nextInt(WOMEN.length)] : MEN[r.nextInt(MEN.length)];
                String name = first + " " + FAMILY[r.nextInt(FAMILY.length)];
                Occupation occupation = occupation(r, island);
                long income = r.nextInt(100) < 80 ? 1_000_000 : r.nextBoolean() ? 1_500_000 : 2_000_000;
                String status = i >= 100 - open ? (i % 2 == 0 ? "DIUSULKAN" : "DIVERIFIKASI") : "TERDAFTAR";
                String kpjNo = status.equals("TERDAFTAR") ? String.format("%02d%09d", year % 100, ++kpj) : null;
                LocalDate registered = status.equals("TERDAFTAR") ? LocalDate.of(year, 1, 1) : null;
                rows.add(new Object[] {
                    nik,
                    nik,
                    name,
                    "Ampana",
                    Date.valueOf(birth),
                    woman ? "P" : "L",
                    "Dusun " + (1 + r.nextInt(5)) + ", " + v.name(),
                    v.code().digits(),
                    occupation.name(),
                    "08" + (1_100_000_000L + r.nextInt(899_999_999)),
                    income,
                    kelurahan ? "APBD_KABUPATEN" : "APBDES",
                    kelurahan ? "APBD Kabupaten Tojo Una-Una" : "Dana Desa",
                    year,
                    kpjNo,
                    status,
                    registered == null ? null : Date.valueOf(registered),
                    status.equals("DIUSULKAN") ? null : "admin",
                    now
                });
                String heirName = (woman ? MEN[r.nextInt(MEN.length)] : WOMEN[r.nextInt(WOMEN.length)]) + " "
                        + name.substring(name.lastIndexOf(' ') + 1);
                heirs.add(new Object[] {nik, heirName, woman ? "SUAMI" : "ISTRI"});
            }
        }
        jdbc.batchUpdate("""
                insert into participant (nik, active_nik, full_name, birth_place, birth_date, sex, address,
                    village_code, occupation, phone, declared_income, segment, funding_source, funding_name,
                    programme_year, kpj, status, registered_on, declared_fit, declaration_verified_by,
                    proposed_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'BPU', ?, ?, ?, ?, ?, ?, true, ?, 'demo', ?)
                """, rows, 1_000, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
            }
        });
        jdbc.batchUpdate("""
                insert into heir (participant_id, full_name, relation)
                select id, ?, ? from participant where nik = ?
                """, heirs, 1_000, (ps, h) -> {
            ps.setString(1, (String) h[1]);
            ps.setString(2, (String) h[2]);
            ps.setString(3, (String) h[0]);
        });
        // a few workers a neighbouring village tried to propose again during 2025: refused, counted as duplicates
        for (int i = 0; i + 1 < villages.size(); i += 19) {
            jdbc.update(
                    """
                    insert into duplicate_nik (nik, village_code, existing_village_code, existing_participant, source,
                        recorded_by, recorded_at)
                    select nik, ?, village_code, id, 'USULAN', 'demo', ? from participant
                    where village_code = ? order by id fetch first 1 rows only
                    """,
                    villages.get(i + 1).code().digits(),
                    Timestamp.from(Instant.parse("2025-02-03T02:00:00Z").plusSeconds(86_400L * 37 * (i / 19))),
                    villages.get(i).code().digits());
        }
        log.info("Data demo: {} peserta di {} desa/kelurahan {}", rows.size(), villages.size(), tenant.name());
    }

    private static Occupation occupation(Random r, boolean island) {
        int x = r.nextInt(100);
        if (island) {
            return x < 55
                    ? Occupation.NELAYAN
                    : x < 70
                            ? Occupation.PETANI
                            : x < 85
                                    ? Occupation.PEDAGANG_KECIL
                                    : x < 95 ? Occupation.BURUH_HARIAN : Occupation.INFORMAL_LAINNYA;
        }
        return x < 15
                ? Occupation.NELAYAN
                : x < 60
                        ? Occupation.PETANI
                        : x < 75
                                ? Occupation.PEDAGANG_KECIL
                                : x < 92 ? Occupation.BURUH_HARIAN : Occupation.INFORMAL_LAINNYA;
    }
}
