/**
 * Provider reports across programmes and years: sign-ups, fill rates, waitlist outcomes,
 * cancellations, attendance, completion and career outcomes, for administrators and
 * course secretaries at {@code /reports}. The module has no API of its own: nothing
 * depends on it. It reads other modules' data only through the read-only views they
 * publish ({@code programme_report}; {@code cohort_report}, {@code enrolment_report},
 * {@code enrolment_history_report}; {@code attendance_report}, {@code completion_report},
 * {@code career_outcome_report}) and counts in PostgreSQL.
 */
@ApplicationModule(allowedDependencies = { "people", "web" })
@NullMarked
package org.traject.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
