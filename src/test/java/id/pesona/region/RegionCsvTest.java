package id.pesona.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionCsvTest {

    @Test
    void splitsQuotedFieldsWithCommas() {
        assertThat(RegionDataMigration.splitCsv("12.07.28.1007,\"Lubuk Pakam I,II\",kelurahan,12.07.28"))
                .containsExactly("12.07.28.1007", "Lubuk Pakam I,II", "kelurahan", "12.07.28");
        assertThat(RegionDataMigration.splitCsv("72,Sulawesi Tengah,provinsi,"))
                .containsExactly("72", "Sulawesi Tengah", "provinsi", "");
        assertThat(RegionDataMigration.splitCsv("1,\"a \"\"b\"\"\",c,d")).containsExactly("1", "a \"b\"", "c", "d");
    }

    @Test
    void readsEveryRowOfTheShippedFile() throws Exception {
        var rows = RegionDataMigration.read();
        assertThat(rows).hasSize(91_599);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo("7209052001");
            assertThat(r.name()).isEqualTo("Sansarino");
            assertThat(r.level()).isEqualTo("DESA");
            assertThat(r.parent()).isEqualTo("720905");
        });
    }
}
