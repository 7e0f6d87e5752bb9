package id.pesona.shared;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pesona.access.TestAccounts;
import id.pesona.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OpenApiIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void theAppServesItsOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs").with(accounts.as("t.bpjs")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Pesona API"))
                .andExpect(jsonPath("$.paths['/api/v1/regions/{code}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
                .andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"));
        mvc.perform(get("/swagger-ui/index.html").with(accounts.as("t.bpjs"))).andExpect(status().isOk());
    }
}
