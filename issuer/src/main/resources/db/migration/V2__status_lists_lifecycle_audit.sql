-- Status lists, credential life cycle, key compromise, partner issuers, audit log.

create table status_list (
    id          uuid primary key,
    issuer_id   varchar(300) not null,
    capacity    integer      not null,
    full_list   boolean      not null,
    revision    bigint       not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint       not null
);
create index status_list_open on status_list (issuer_id, full_list);

-- One row per index ever handed out; the primary key makes a second allocation of the same
-- index impossible, whichever instance attempts it. Rows are never deleted: indexes are never reused.
create table status_allocation (
    status_list_id  uuid    not null references status_list (id),
    status_index    integer not null,
    credential_id   uuid    not null,
    primary key (status_list_id, status_index)
);

alter table credential add column status_list_id uuid references status_list (id);
alter table credential add column status_index integer;
alter table credential add column state_changed_at timestamp with time zone;
alter table credential add column state_reason varchar(500);
alter table credential add column previous_credential_id uuid;
create index credential_status on credential (status_list_id, state);
create index credential_kid on credential (kid);

alter table signing_key add column compromised_at timestamp with time zone;

alter table partner add column own_issuer boolean default false not null;

-- Append-only: the application inserts and reads, never updates or deletes.
create table audit_event (
    id            uuid primary key,
    occurred_at   timestamp with time zone not null,
    actor         varchar(100) not null,
    partner_id    uuid,
    action        varchar(40)  not null,
    subject_type  varchar(40)  not null,
    subject_id    varchar(300) not null,
    reason        varchar(500),
    details       varchar(2000)
);
create index audit_event_partner on audit_event (partner_id, occurred_at);
