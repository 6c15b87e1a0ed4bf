-- Published by the delivery module (read-only, for reports). Other modules read this view, never delivery_award.
-- No names and no certificate numbers: a report counts certificates and points, it does not list them.

-- Every certificate issued, with the register it counts for and its points.
-- Published (read-only) for other modules, reports first.
create view award_report as
select aw.id                       as award_id,
       aw.person_id                as person_id,
       aw.programme_id             as programme_id,
       aw.cohort_id                as cohort_id,
       aw.register                 as register,
       aw.points                   as points,
       aw.completed_on             as completed_on,
       aw.registration_valid_until as registration_valid_until,
       aw.issued_at                as issued_at
from delivery_award aw;
