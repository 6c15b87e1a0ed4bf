-- Owned by the development module. A goal of a participant's plan that was discussed in a held coaching appointment,
-- as the coach linked it (only while the plan is shared with them). The appointment belongs to the coaching module
-- and is referred to by id only; when it was held and with whom are kept here, so the plan shows "discussed in
-- coaching on <date> with <coach>" without reading coaching's tables. coach_person_id is emptied when the coach's
-- data is erased (the participant keeps the line, without a name).
create table plan_goal_discussion (
    goal_id          bigint      not null references plan_goal (id) on delete cascade,
    appointment_id   bigint      not null,
    coach_person_id  bigint      references person (id),
    held_at          timestamptz not null,
    linked_at        timestamptz not null,
    primary key (goal_id, appointment_id)
);
create index plan_goal_discussion_appointment on plan_goal_discussion (appointment_id);
create index plan_goal_discussion_coach on plan_goal_discussion (coach_person_id);
