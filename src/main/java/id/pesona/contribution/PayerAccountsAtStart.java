package id.pesona.contribution;

import id.pesona.shared.TenantProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Every village of the tenant has its payer account, including villages added since the last start. */
@Component
@Order(20)
class PayerAccountsAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PayerAccountsAtStart.class);

    private final Payers payers;
    private final TenantProperties tenant;

    PayerAccountsAtStart(Payers payers, TenantProperties tenant) {
        this.payers = payers;
        this.tenant = tenant;
    }

    @Override
    public void run(ApplicationArguments args) {
        int opened = payers.openVillageAccounts(tenant.root());
        if (opened > 0) {
            log.info("{} rekening pembayar desa/kelurahan dibuka untuk {}", opened, tenant.name());
        }
    }
}
