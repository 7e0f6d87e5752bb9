-- Per payer and contribution month: what was billed and how much of it the payments settle (oldest month first),
-- as the payer's ledger computes it. Written with cover_state whenever a payer's bills or payments change, so that
-- arrears and forecasts over a whole regency read a few rows per payer instead of replaying every bill line.
create table payer_month (
    payer_id           bigint not null references payer (id),
    contribution_month date   not null,
    billed             bigint not null,
    paid               bigint not null,
    primary key (payer_id, contribution_month)
);
