/**
 * Programme delivery: attendance per session, module results, each programme's completion
 * rule and the secretary's completion decision, the accreditation a completion awards
 * (copied at that moment), certificates with a public check, the participant's learning
 * record, and career outcomes after completion. Builds on the cohorts module's published
 * roster and the catalogue's programmes, which it reads by id through their facades. Its
 * API is the event {@link org.traject.delivery.ProgrammeCompleted} and two ways for other
 * modules' records to count as results: {@link org.traject.delivery.CoachingCredits}
 * (held coaching appointments, used by coaching) and
 * {@link org.traject.delivery.GroupMeetingCredits} (attended group meetings, used by
 * groups); delivery depends on neither. {@link org.traject.delivery.DeliveryRecords}
 * records a cohort's delivery for callers without a page (the demo data), with the value
 * types {@code AttendanceStatus} and {@code CareerOutcomeKind}. The implementation is in
 * {@code internal}, the pages and start-page sections in {@code web}.
 * <p>
 * Published view (read-only, V132): {@code attendance_report} — registered attendance per
 * session and enrolment. <br>
 * Published view (read-only, V132): {@code completion_report} — the completion decision
 * per enrolment. <br>
 * Published view (read-only, V132): {@code career_outcome_report} — every award with its
 * latest career outcome. <br>
 * Published view (read-only, V343): {@code award_report} — every certificate with its
 * register and points, without names or certificate numbers.
 */
@ApplicationModule(allowedDependencies = { "catalogue", "cohorts", "people", "privacy", "web" })
@NullMarked
package org.traject.delivery;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
