-- Owned by the cohorts module. The events of an enrolment's history that the reports' waiting times read (a place
-- confirmed, a manager's approval asked or answered), by enrolment: the reports find through it whether an enrolment
-- has one without reading every event of its history (enrolment_history_report is a view of enrolment_event).
create index enrolment_event_confirmed_or_approval on enrolment_event (enrolment_id)
    where status = 'CONFIRMED'
       or change in ('APPROVAL_REQUESTED', 'APPROVED', 'APPROVAL_DECLINED', 'APPROVAL_EXPIRED');
