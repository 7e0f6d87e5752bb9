package id.pesona.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NikRowsTest {

    @Test
    void remembersTheFirstRowOfEveryNikLikeAMap() {
        NikRows rows = new NikRows();
        Map<String, Integer> expected = new HashMap<>();
        Random r = new Random(1);
        for (int row = 2; row < 200_000; row++) {
            String nik = "720905" + String.format("%010d", r.nextInt(150_000));
            Integer before = expected.putIfAbsent(nik, row);
            assertThat(rows.putIfAbsent(nik, row)).isEqualTo(before == null ? 0 : before);
        }
        assertThat(rows.size()).isEqualTo(expected.size());
        assertThat(rows.putIfAbsent("9999999999999999", 7)).isZero();
        assertThat(rows.putIfAbsent("9999999999999999", 8)).isEqualTo(7);
    }
}
