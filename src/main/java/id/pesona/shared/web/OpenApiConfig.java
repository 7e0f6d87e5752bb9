package id.pesona.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs} (UI at {@code /swagger-ui.html}), served by the app itself. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI pesonaOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Pesona API")
                        .version("v1")
                        .description("API Pesona (Perlindungan Sosial bagi Pekerja Rentan). Autentikasi: token API "
                                + "(header Authorization: Bearer psn_...) dibuat di halaman Akun saya, atau sesi "
                                + "login. Setiap permintaan dibatasi cakupan wilayah akun."))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Token API pribadi (psn_...)")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
