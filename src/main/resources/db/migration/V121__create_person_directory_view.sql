-- The people module's published read model for other modules' SQL: who a person is (name, organisation), whether
-- the account is enabled and whether they coach, without email, password or other account data. The development
-- module joins it to name plan owners and to list coaches; nobody outside the people module reads person tables.
create view person_directory as
select p.id as person_id, p.display_name, p.preferred_language, p.organisation, p.enabled,
       exists (select 1 from person_role r where r.person_id = p.id and r.role = 'COACH') as coach
from person p;
