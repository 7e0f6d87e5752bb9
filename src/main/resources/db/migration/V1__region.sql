-- Region codes of Indonesia (Kemendagri). The code is stored as its digits (7209052001) so that "every region
-- under 72.09" is the indexed range code >= '7209' AND code < '7210', on PostgreSQL and H2 alike.
create table region (
    code        varchar(10)  not null primary key,
    name        varchar(120) not null,
    level       varchar(10)  not null,
    parent_code varchar(10)  references region (code),
    decree      varchar(200),
    created_at  timestamp with time zone not null default current_timestamp,
    updated_at  timestamp with time zone,
    constraint region_level_valid check (level in ('PROVINSI', 'KABUPATEN', 'KECAMATAN', 'DESA', 'KELURAHAN'))
);

create index region_parent on region (parent_code);
