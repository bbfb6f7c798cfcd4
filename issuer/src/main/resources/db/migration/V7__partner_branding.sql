-- What a partner's certificates carry besides the template: its logo, colour, seal and signatories.
-- Rows are never changed: a new branding is a new row, and a certificate shows the branding in
-- effect when it was issued (a new director's signature never appears on older certificates).
create table partner_branding (
    id           uuid         primary key,
    partner_id   uuid         not null references partner (id),
    created_at   timestamp with time zone not null,
    color        varchar(7),
    logo         text,
    seal         text,
    signatories  text         not null
);
create index partner_branding_in_effect on partner_branding (partner_id, created_at);
