-- Batch issuance: an uploaded cohort file, one row per learner, worked through in chunks.

-- Who a credential is for, as the partner identifies them (external id or e-mail, with the
-- achievement), hashed; unique, so a re-uploaded row never yields a second credential. The hash
-- covers the achievement's id, and every achievement belongs to one partner, so keys of different
-- partners never meet; indexing the key alone lets lookups use it whatever the table statistics say.
alter table credential add column recipient_key varchar(64);
create unique index credential_recipient_key on credential (recipient_key);

create table batch (
    id              uuid primary key,
    partner_id      uuid         not null references partner (id),
    state           varchar(16)  not null,
    all_or_nothing  boolean      not null,
    source_format   varchar(8)   not null,
    total           integer      not null,
    issued          integer      not null,
    already_issued  integer      not null,
    failed          integer      not null,
    created_by      varchar(100) not null,
    created_at      timestamp with time zone not null,
    first_issued_at timestamp with time zone,
    finished_at     timestamp with time zone
);
create index batch_partner_created on batch (partner_id, created_at);
create index batch_state on batch (state, created_at);

-- Rows are PENDING until a worker issues them (ISSUED), finds the recipient already holds the
-- credential (ALREADY_ISSUED) or rejects them (FAILED). A worker claims rows with
-- SELECT ... FOR UPDATE SKIP LOCKED, so instances never work on the same row.
create table batch_row (
    batch_id        uuid         not null references batch (id),
    line            integer      not null,
    state           varchar(16)  not null,
    external_id     varchar(200),
    recipient_name  varchar(500),
    recipient_email varchar(320),
    achievement     varchar(100),
    language        varchar(8),
    valid_until     timestamp with time zone,
    recipient_key   varchar(64),
    credential_id   uuid,
    error_code      varchar(40),
    error_detail    varchar(500),
    primary key (batch_id, line)
);
create index batch_row_state on batch_row (batch_id, state, line);
