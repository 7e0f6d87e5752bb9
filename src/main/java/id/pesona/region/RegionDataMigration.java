package id.pesona.region;

import id.pesona.shared.CsvRecords;
import id.pesona.shared.RegionCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway migration 2: loads the official region codes of all of Indonesia (Kepmendagri 300.2.2-2138/2025, 91,599
 * rows) from the copy shipped in the jar, parents before children, in JDBC batches. Runs once per database.
 */
class RegionDataMigration implements JavaMigration {

    static final String RESOURCE = "/wilayah/wilayah-indonesia.csv";
    private static final int BATCH = 5_000;

    record Row(String code, String name, String level, String parent) {}

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "load region codes of Indonesia";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        List<Row> rows = read();
        rows.sort(Comparator.comparingInt((Row r) -> r.code().length()).thenComparing(Row::code));
        Connection c = context.getConnection();
        try (PreparedStatement ps =
                c.prepareStatement("insert into region (code, name, level, parent_code) values (?, ?, ?, ?)")) {
            int pending = 0;
            for (Row r : rows) {
                ps.setString(1, r.code());
                ps.setString(2, r.name());
                ps.setString(3, r.level());
                ps.setString(4, r.parent());
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    static List<Row> read() throws IOException {
        List<Row> rows = new ArrayList<>(92_000);
        try (InputStream in = RegionDataMigration.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            CsvRecords csv = new CsvRecords(new InputStreamReader(in, StandardCharsets.UTF_8), ',', 1_000);
            List<String> header = csv.next();
            if (!List.of("kode", "nama", "jenis", "kode_induk").equals(header)) {
                throw new IllegalStateException("Unexpected header in " + RESOURCE + ": " + header);
            }
            List<String> f;
            while ((f = csv.next()) != null) {
                if (f.size() == 1 && f.get(0).isBlank()) {
                    continue;
                }
                RegionCode code = RegionCode.parse(f.get(0));
                String parent =
                        f.get(3).isEmpty() ? null : RegionCode.parse(f.get(3)).digits();
                rows.add(new Row(code.digits(), f.get(1), f.get(2).toUpperCase(Locale.ROOT), parent));
            }
        }
        return rows;
    }
}
