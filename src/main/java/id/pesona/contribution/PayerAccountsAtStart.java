package id.pesona.contribution;

import id.pesona.shared.TenantProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every village of the tenant has its payer account, including villages added since the last start; and a database
 * that holds bills from before the per-month ledger summaries existed gets them written once.
 */
@Component
@Order(20)
class PayerAccountsAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PayerAccountsAtStart.class);

    private final Payers payers;
    private final PayerLedgers ledgers;
    private final TransactionTemplate tx;
    private final TenantProperties tenant;

    PayerAccountsAtStart(Payers payers, PayerLedgers ledgers, TransactionTemplate tx, TenantProperties tenant) {
        this.payers = payers;
        this.ledgers = ledgers;
        this.tx = tx;
        this.tenant = tenant;
    }

    @Override
    public void run(ApplicationArguments args) {
        int opened = payers.openVillageAccounts(tenant.root());
        if (opened > 0) {
            log.info("{} rekening pembayar desa/kelurahan dibuka untuk {}", opened, tenant.name());
        }
        if (ledgers.summariesMissing()) {
            tx.executeWithoutResult(s -> ledgers.refresh(ledgers.payersUnder("", ":")));
            log.info("Ringkasan rekening per bulan ditulis ulang untuk semua pembayar");
        }
    }
}
