-- Published by the evaluations module (read-only, for reports). Other modules read these views, never the
-- evaluation tables. No answers and no texts: a report counts responses and averages scores.

-- Published (read-only) for other modules, reports first: every evaluation round with its programme, cohort and day.
create view evaluation_round_report as
select r.id           as round_id,
       r.programme_id as programme_id,
       r.cohort_id    as cohort_id,
       r.session_id   as session_id,
       r.held_on      as held_on
from evaluation_round r;

-- Published (read-only) for other modules: every person invited to a round, and whether they answered (never what).
create view evaluation_invitation_report as
select i.round_id  as round_id,
       i.person_id as person_id,
       i.answered  as answered
from evaluation_invitation i;

-- Published (read-only) for other modules: per round, the number and the sum of the answers on a scale (1 to 5).
create view evaluation_score_report as
select s.round_id     as round_id,
       count(a.scale) as scale_answers,
       coalesce(sum(a.scale), 0) as scale_total
from evaluation_response s
join evaluation_answer a on a.response_id = s.id
where a.scale is not null
group by s.round_id;
