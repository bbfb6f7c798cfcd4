-- SkillCred issuer schema. Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.

create table partner (
    id              uuid primary key,
    slug            varchar(48)  not null unique,
    name            varchar(200) not null,
    contact_email   varchar(320),
    state           varchar(16)  not null,
    created_at      timestamp with time zone not null,
    version         bigint       not null
);

create table partner_api_key (
    partner_id  uuid        not null references partner (id),
    key_hash    varchar(64) not null unique,
    prefix      varchar(8)  not null,
    created_at  timestamp with time zone not null
);
create index partner_api_key_partner on partner_api_key (partner_id);

create table achievement (
    id                  uuid primary key,
    partner_id          uuid          not null references partner (id),
    slug                varchar(48)   not null,
    name                varchar(200)  not null,
    description         varchar(2000) not null,
    criteria_narrative  varchar(4000),
    criteria_url        varchar(500),
    achievement_type    varchar(64)   not null,
    image_url           varchar(500),
    template_key        varchar(64)   not null,
    jwt_profile         varchar(16)   not null,
    validity            varchar(32),
    language            varchar(8)    not null,
    created_at          timestamp with time zone not null,
    version             bigint        not null,
    constraint achievement_partner_slug unique (partner_id, slug)
);

create table achievement_alignment (
    achievement_id    uuid         not null references achievement (id),
    position          integer      not null,
    target_name       varchar(200) not null,
    target_url        varchar(500) not null,
    target_framework  varchar(200),
    target_code       varchar(64),
    primary key (achievement_id, position)
);

create table signing_key (
    kid              varchar(300)  primary key,
    issuer_id        varchar(300)  not null,
    algorithm        varchar(16)   not null,
    public_jwk       varchar(4000) not null,
    private_key_ref  varchar(500)  not null,
    state            varchar(16)   not null,
    created_at       timestamp with time zone not null,
    retired_at       timestamp with time zone,
    version          bigint        not null
);
create index signing_key_issuer on signing_key (issuer_id);

create table credential (
    id               uuid primary key,
    partner_id       uuid          not null references partner (id),
    achievement_id   uuid          references achievement (id),
    issuer_id        varchar(300)  not null,
    recipient_name   varchar(500)  not null,
    recipient_email  varchar(320),
    subject_id       varchar(300)  not null,
    language         varchar(8)    not null,
    jwt_profile      varchar(16)   not null,
    valid_from       timestamp with time zone not null,
    valid_until      timestamp with time zone,
    issued_at        timestamp with time zone not null,
    state            varchar(16)   not null,
    kid              varchar(300)  not null,
    template_key     varchar(64),
    compact_jwt      varchar(100000) not null,
    idempotency_key  varchar(255),
    request_hash     varchar(64),
    version          bigint        not null,
    constraint credential_idempotency unique (partner_id, idempotency_key)
);
create index credential_partner_issued on credential (partner_id, issued_at);
