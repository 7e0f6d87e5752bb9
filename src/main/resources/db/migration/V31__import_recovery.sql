-- Participant imports that survive a crash with true counters. Every imported row leaves one import_row in the same
-- transaction as its effect (the participant created or updated, or nothing changed), so what a batch saved can be
-- counted from the database even when the server died mid-file; rejected rows are in import_error already.
create table import_row (
    batch_id       bigint      not null references import_batch (id),
    row_no         integer     not null,
    outcome        varchar(10) not null,
    participant_id bigint      references participant (id),
    constraint import_row_pk primary key (batch_id, row_no),
    constraint import_row_outcome check (outcome in ('CREATED', 'UPDATED', 'UNCHANGED'))
);

create index import_row_participant on import_row (participant_id);

-- The uploaded copy being read (removed when the batch ends, or at the next start after a crash), and the owner's or
-- an admin's request to stop it; DIHENTIKAN is a batch stopped on that request.
alter table import_batch add column temp_file varchar(1000);
alter table import_batch add column stop_requested_by varchar(60);
alter table import_batch add column stop_requested_at timestamp with time zone;
alter table import_batch drop constraint import_batch_status;
alter table import_batch add constraint import_batch_status
    check (status in ('MENUNGGU', 'BERJALAN', 'SELESAI', 'DIBATALKAN', 'GAGAL', 'DIHENTIKAN'));
