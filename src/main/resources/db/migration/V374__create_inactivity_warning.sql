-- A person whose account has not been used for the retention period is warned by email first; the account is erased
-- only when they have not signed in since the warning by erase_after. A sign-in after the warning makes it void.
create table inactivity_warning (
    person_id   bigint      primary key references person (id),
    warned_at   timestamptz not null,
    erase_after timestamptz not null
);
