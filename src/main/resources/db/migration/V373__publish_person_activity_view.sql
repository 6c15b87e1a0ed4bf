-- The people module's published read model of when an account was last used, for the privacy module's retention of
-- inactive accounts: the last sign-in (or, for an account never signed into, when it was made), whether the account
-- is staff (staff accounts are ended by an administrator, not by retention) and whether it has been erased.
create view person_activity as
select p.id as person_id, coalesce(p.last_signed_in_at, p.created_at) as last_active_at,
       exists (select 1 from person_role r where r.person_id = p.id and r.role <> 'PARTICIPANT') as staff,
       p.erased_at is not null as erased
from person p;
