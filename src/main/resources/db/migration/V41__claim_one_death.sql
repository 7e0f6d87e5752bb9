-- A worker dies once: at most one death claim (JKM, or JKK with outcome MENINGGAL) per participant that is not
-- refused. death_participant_id holds the participant's id on such a claim and is cleared (null) when the claim is
-- refused, so a new report is possible then; the unique index lets many nulls through on H2 and PostgreSQL alike and
-- catches two reports racing past the check before the insert.
alter table claim add column death_participant_id bigint;

-- claims reported twice before this constraint existed: the first open or paid one keeps the mark
update claim set death_participant_id = participant_id
where status <> 'DITOLAK' and (claim_type = 'JKM' or outcome = 'MENINGGAL')
  and id = (select min(c.id) from claim c
            where c.participant_id = claim.participant_id and c.status <> 'DITOLAK'
              and (c.claim_type = 'JKM' or c.outcome = 'MENINGGAL'));

alter table claim add constraint claim_death_participant
    check (death_participant_id is null or death_participant_id = participant_id);

create unique index claim_one_death on claim (death_participant_id);
