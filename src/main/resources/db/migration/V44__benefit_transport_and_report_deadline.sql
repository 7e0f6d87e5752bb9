-- Benefit rows missing from V40 and a wrong legal basis (issue 14, item 6). Rows are never edited: a newer row of the
-- same kind and start date takes over.

-- Transport of a work-accident victim to care, up to a ceiling per way (PP 82/2019 Lampiran; for BPU to confirm).
insert into benefit_rule (code, valid_from, amount, income_multiple, basis_points, quantity, months, legal_basis, created_by)
values ('JKK_TRANSPORT_DARAT', date '2019-12-02', 5000000, null, null, null, null,
        'PP 44/2015 jo. PP 82/2019 Lampiran: biaya transportasi angkutan darat paling banyak Rp5.000.000 (konfirmasi untuk BPU)', 'sistem'),
       ('JKK_TRANSPORT_LAUT', date '2019-12-02', 2000000, null, null, null, null,
        'PP 44/2015 jo. PP 82/2019 Lampiran: biaya transportasi angkutan laut paling banyak Rp2.000.000 (konfirmasi untuk BPU)', 'sistem'),
       ('JKK_TRANSPORT_UDARA', date '2019-12-02', 10000000, null, null, null, null,
        'PP 44/2015 jo. PP 82/2019 Lampiran: biaya transportasi angkutan udara paling banyak Rp10.000.000 (konfirmasi untuk BPU)', 'sistem');

-- The 2 × 24-hour reporting deadline is Permenaker 5/2021, not PP 49/2023 (which sets BPJS's 30 days to decide).
insert into benefit_rule (code, valid_from, amount, income_multiple, basis_points, quantity, months, legal_basis, created_by)
values ('JKK_BATAS_LAPOR', date '2019-12-02', null, null, null, 2, null,
        'Permenaker 5/2021: kecelakaan kerja dilaporkan paling lama 2 × 24 jam (koreksi dasar hukum baris PP 49/2023)', 'sistem');

-- The way the victim was taken to care, when known (its ceiling is estimated).
alter table claim add column transport varchar(6);
alter table claim add constraint claim_transport check (transport is null or transport in ('DARAT', 'LAUT', 'UDARA'));
