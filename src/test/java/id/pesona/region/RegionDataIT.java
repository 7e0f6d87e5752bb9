package id.pesona.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.pesona.shared.CsvRecords;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionLevel;
import id.pesona.shared.RegionScope;
import id.pesona.support.IntegrationTest;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegionDataIT extends IntegrationTest {

    static final RegionCode TOJO = RegionCode.parse("72.09");

    @Autowired
    Regions regions;

    @Test
    void loadsTheWholeNationalTable() {
        assertThat(jdbc.sql("select count(*) from region").query(Long.class).single())
                .isEqualTo(91_599L);
        Map<RegionLevel, Long> all = regions.countByLevel(RegionCode.parse("72"), RegionScope.NATIONAL);
        assertThat(all).containsEntry(RegionLevel.KABUPATEN, 13L);
        assertThat(jdbc.sql("select count(*) from region where level = 'PROVINSI'")
                        .query(Long.class)
                        .single())
                .isEqualTo(38L);
        assertThat(jdbc.sql("select count(*) from region where level = 'KELURAHAN'")
                        .query(Long.class)
                        .single())
                .isEqualTo(8_496L);
    }

    @Test
    void tojoUnaUnaHas12Kecamatan134Desa12Kelurahan() {
        Map<RegionLevel, Long> counts = regions.countByLevel(TOJO, RegionScope.NATIONAL);
        assertThat(counts)
                .containsEntry(RegionLevel.KECAMATAN, 12L)
                .containsEntry(RegionLevel.DESA, 134L)
                .containsEntry(RegionLevel.KELURAHAN, 12L);
        List<RegionSummary> kecamatan = regions.children(TOJO, RegionScope.NATIONAL);
        assertThat(kecamatan).hasSize(12);
        assertThat(kecamatan.stream().mapToLong(RegionSummary::desa).sum()).isEqualTo(134);
        assertThat(kecamatan.stream().mapToLong(RegionSummary::kelurahan).sum()).isEqualTo(12);
        RegionSummary ampanaKota = kecamatan.stream()
                .filter(k -> k.code().equals(RegionCode.parse("72.09.05")))
                .findFirst()
                .orElseThrow();
        assertThat(ampanaKota.name()).isEqualTo("Ampana Kota");
        assertThat(ampanaKota.desa()).isEqualTo(4);
        assertThat(ampanaKota.kelurahan()).isEqualTo(6);
    }

    @Test
    void everyTojoRowOfTheOfficialFileIsPresentWithItsName() throws Exception {
        try (var csv = new CsvRecords(
                new InputStreamReader(
                        getClass().getResourceAsStream("/wilayah-72.09-tojo-una-una.csv"), StandardCharsets.UTF_8),
                ',',
                1_000)) {
            csv.next();
            List<List<String>> records = new java.util.ArrayList<>();
            for (List<String> f; (f = csv.next()) != null; ) {
                if (!(f.size() == 1 && f.get(0).isBlank())) {
                    records.add(f);
                }
            }
            assertThat(records).hasSize(160);
            for (List<String> f : records) {
                Region r = regions.get(RegionCode.parse(f.get(0)));
                assertThat(r.name()).isEqualTo(f.get(1));
                assertThat(r.level().name()).isEqualToIgnoringCase(f.get(2));
            }
        }
    }

    @Test
    void childrenAreNarrowedToTheScope() {
        RegionScope sansarino = RegionScope.of(RegionCode.parse("72.09.05.2001"));
        assertThat(regions.children(TOJO, sansarino))
                .extracting(s -> s.code().dotted())
                .containsExactly("72.09.05");
        assertThat(regions.children(RegionCode.parse("72.09.05"), sansarino))
                .extracting(s -> s.code().dotted())
                .containsExactly("72.09.05.2001");
    }
}
