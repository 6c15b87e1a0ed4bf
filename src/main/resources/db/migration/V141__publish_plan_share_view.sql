-- Whose development plan is shared with whom: the owner, the relation (coach or manager) and the address or account it
-- is shared with, without the plan's contents. A share that is revoked disappears from the view at once.
-- Published (read-only) for other modules, the organisations module first (a manager's page of their people).
create view plan_share_directory as
select p.person_id     as owner_person_id,
       s.plan_id       as plan_id,
       s.relation      as relation,
       s.person_id     as shared_with_person_id,
       lower(s.email)  as shared_with_email,
       s.shared_at     as shared_at
from plan_share s
join development_plan p on p.id = s.plan_id;

create index plan_share_by_email on plan_share (lower(email), relation);
