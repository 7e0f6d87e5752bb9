package id.pesona.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import id.pesona.support.ZipBomb;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A zip bomb (a file of a few hundred KB whose one cell opens to 300 MB) through the real upload endpoints: refused
 * with a clear sentence, the participant batch ends GAGAL (never BERJALAN), nothing is saved, and the application goes
 * on answering.
 */
class ZipBombIT extends IntegrationTest {

    static final String REFUSED = "Berkas ditolak: ada sel yang lebih dari 32.767 karakter (batas Excel).";

    @Autowired
    TestAccounts accounts;

    static MockMultipartFile bomb(List<String> header, List<String> row) throws Exception {
        byte[] bytes = ZipBomb.xlsx(header, row, 300L << 20);
        assertThat(bytes.length).isLessThan(1 << 20);
        return new MockMultipartFile("file", "bom.xlsx", Spreadsheet.CONTENT_TYPE, bytes);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aDesaUserUploadingAZipBombGetsAFailedBatchWithTheReason() throws Exception {
        long participants = count("participant");
        String location = mvc.perform(multipart("/api/v1/participants/imports")
                        .file(bomb(
                                List.of("NIK", "Nama Lengkap", "Tanggal Lahir", "Jenis Kelamin", "Kode Desa"),
                                List.of("7209084305880001", "Bom Zip", "03/05/1988", "P", "72.09.08.2001")))
                        .param("mode", "HANYA_VALID")
                        .with(accounts.as("t.lemoro"))
                        .with(csrf()))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String state = "MENUNGGU";
        for (int i = 0; i < 300 && (state.equals("MENUNGGU") || state.equals("BERJALAN")); i++) {
            Thread.sleep(100);
            state = jdbc.sql("select status from import_batch where id = ?")
                    .param(id)
                    .query(String.class)
                    .single();
        }
        assertThat(state).isEqualTo("GAGAL");
        mvc.perform(get(location).with(accounts.as("t.lemoro")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("GAGAL"))
                .andExpect(jsonPath("$.message").value(REFUSED))
                .andExpect(jsonPath("$.created").value(0));
        mvc.perform(get(location + "/errors").with(accounts.as("t.lemoro")))
                .andExpect(jsonPath("$[0].field").value("file"))
                .andExpect(jsonPath("$[0].message").value(REFUSED));
        assertThat(count("participant")).isEqualTo(participants);
        // the worker survived: the next request is served
        mvc.perform(get("/api/v1/participants/imports/" + id).with(accounts.as("t.lemoro")))
                .andExpect(status().isOk());
    }

    @Test
    void thePaymentImportRefusesAZipBombWithAClearMessage() throws Exception {
        long imports = count("payment_import");
        long payments = count("payment");
        mvc.perform(multipart("/api/v1/payments/imports")
                        .file(bomb(
                                List.of("TANGGAL", "PEMBAYAR", "JUMLAH", "REFERENSI"),
                                List.of("18/12/2025", "APBDES-7209022004", "16800", "BOM-1")))
                        .with(accounts.as("t.bpjs"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(REFUSED));
        assertThat(count("payment_import")).isEqualTo(imports);
        assertThat(count("payment")).isEqualTo(payments);
    }
}
