package id.pesona.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionCsvTest {

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
