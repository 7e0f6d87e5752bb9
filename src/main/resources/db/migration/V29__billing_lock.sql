-- One row per region the billing run has billed: the run locks it (select ... for update) before it checks which
-- months are billed, so two admins running billing at once take turns instead of colliding on bill_once.
create table billing_lock (
    region_code varchar(10) not null primary key
);
