-- Published by the organisations module (read-only, for reports). Other modules read these views, never the
-- organisation tables. No addresses, no contacts: a report filters by an organisation, it does not describe it.

-- Every organisation that was not merged away, with its kind and sectors.
-- Published (read-only) for other modules, reports first.
create view organisation_report as
select o.id      as organisation_id,
       o.name    as name,
       o.kind    as kind,
       o.sectors as sectors
from organisation o
where o.merged_into is null;

-- Who belongs to which organisation now (members a secretary removed are left out; members of an organisation that
-- was merged away were moved to the one that was kept).
-- Published (read-only) for other modules, reports first.
create view organisation_member_report as
select m.organisation_id as organisation_id,
       m.person_id       as person_id
from organisation_member m
join organisation o on o.id = m.organisation_id
where m.removed_at is null and o.merged_into is null;
