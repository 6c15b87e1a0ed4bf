-- Partial matching beside the stemmed full-text search: a query word found inside a longer word of a programme's
-- title or summary ("coach" in "managementcoach", "leider" in "schoolleiders", a word still being typed). Dutch and
-- Danish write compounds as one word, which full-text search only matches whole. pg_trgm is a trusted extension
-- (PostgreSQL 13 and later), so the database's owner creates it without superuser rights; its trigram index serves
-- "like '%word%'".
create extension if not exists pg_trgm;

alter table programme add column search_text text generated always as (lower(title || ' ' || summary)) stored;

create index programme_search_text on programme using gin (search_text gin_trgm_ops);
