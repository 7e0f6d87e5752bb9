package id.pesona.shared;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for business dates, in the tenant's time zone; tests replace it to stand on a chosen day. */
@Configuration(proxyBeanMethods = false)
class BusinessClock {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(TenantProperties tenant) {
        return Clock.system(tenant.zone());
    }
}
