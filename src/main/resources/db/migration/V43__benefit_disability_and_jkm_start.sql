-- Corrections of the benefit rows of V40 (issue 14, items 2 and 3). Rows are never edited: a newer row of the same
-- kind takes over (on the same start date the newer id wins, so a correction from the start replaces the old row for
-- every incident).

-- Permanent partial disability is the table percentage × 80 × declared income (PP 82/2019 Lampiran), not × 56.
insert into benefit_rule (code, valid_from, amount, income_multiple, basis_points, quantity, months, legal_basis, created_by)
values ('JKK_CACAT_SEBAGIAN', date '2019-12-02', null, 80, null, null, null,
        'PP 44/2015 jo. PP 82/2019 Lampiran: cacat sebagian anatomis % tabel × 80 × penghasilan (koreksi baris × 56)', 'sistem'),
       ('JKK_CACAT_FUNGSI', date '2019-12-02', null, 80, null, null, null,
        'PP 44/2015 jo. PP 82/2019 Lampiran: cacat sebagian fungsi % berkurangnya fungsi × % tabel × 80 × penghasilan', 'sistem'),
       ('JKK_CACAT_TOTAL_BERKALA', date '2019-12-02', 500000, null, null, 24, null,
        'PP 82/2019 Lampiran: santunan berkala cacat total tetap 24 × Rp500.000 (Rp12.000.000) dibayar sekaligus (konfirmasi)', 'sistem');

-- The 3-month JKM rule (Permenaker 1/2025) is in force from its promulgation, 24 February 2025, not 1 January 2025.
-- The V40 row from 1 January is neutralised by a newer row of the same date that asks for 0 months (the condition does
-- not apply), and the rule starts again on 24 February.
insert into benefit_rule (code, valid_from, amount, income_multiple, basis_points, quantity, months, legal_basis, created_by)
values ('JKM_AWAL', date '2025-01-01', 10000000, null, null, null, 0,
        'Koreksi: Permenaker 1/2025 belum berlaku sebelum diundangkan 24 Februari 2025 (0 bulan = syarat tidak berlaku)', 'sistem'),
       ('JKM_AWAL', date '2025-02-24', 10000000, null, null, null, 3,
        'Permenaker 1/2025 (diundangkan 24 Februari 2025): meninggal sebelum 3 bulan sejak tanggal mulai kepesertaan dibayar Rp10.000.000 seluruhnya (konfirmasi rincian)', 'sistem');

-- A functional disability is the reduction of function (in basis points) applied to the table percentage.
alter table claim add column function_loss_bp integer;
alter table claim add constraint claim_function_loss check (function_loss_bp is null or function_loss_bp between 1 and 10000);
