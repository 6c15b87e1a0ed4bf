/**
 * Programme delivery: attendance per session, module results, each programme's completion rule and the secretary's
 * completion decision, the accreditation a completion awards (copied at that moment), certificates with a public
 * check, the participant's learning record, and career outcomes after completion. Builds on the cohorts module's
 * rosters and the catalogue's programmes, which it reads by id through their facades.
 * <p>
 * Published view (read-only, V132): {@code attendance_report} — registered attendance per session and enrolment.
 * <br>Published view (read-only, V132): {@code completion_report} — the completion decision per enrolment.
 * <br>Published view (read-only, V132): {@code career_outcome_report} — every award with its latest career outcome.
 */
@NullMarked
package org.traject.delivery;

import org.jspecify.annotations.NullMarked;
