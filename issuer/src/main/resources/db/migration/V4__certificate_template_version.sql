-- The template version a credential was issued with, so its certificate re-renders the same.
alter table credential add column template_version integer;
