-- The private learner link of each credential; replaced when a partner rotates it.
alter table credential add column learner_token varchar(64);
create unique index credential_learner_token on credential (learner_token);
