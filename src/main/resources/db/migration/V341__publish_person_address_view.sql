-- Published by the people module (read-only) for one purpose: the cohorts module's interest_report matches an
-- anonymous interest registration to the account that signed up later by its address. Nothing else reads it, and no
-- view built on it shows an address.
create view person_address as
select p.id           as person_id,
       lower(p.email) as address
from person p;
