/**
 * Provider reports across programmes and years: sign-ups per month or week, fill rates,
 * waitlist outcomes, interest-list conversions, waiting times and approvals,
 * cancellations and their reasons, attendance, completion, certificates and points per
 * register and period, career outcomes, and evaluations (response rates and mean scores
 * per programme and year), for administrators and course secretaries at {@code /reports},
 * filtered by period, programmes, language, sector and organisation (all in the URL),
 * each exported as CSV and XLSX. The module has no API of its own: nothing depends on it.
 * It reads other modules' data only through the read-only views they publish
 * ({@code programme_report}; {@code cohort_report}, {@code enrolment_report},
 * {@code enrolment_history_report}, {@code interest_report}; {@code attendance_report},
 * {@code completion_report}, {@code career_outcome_report}, {@code award_report};
 * {@code organisation_report}, {@code organisation_member_report};
 * {@code evaluation_round_report}, {@code evaluation_invitation_report},
 * {@code evaluation_score_report}) and counts in PostgreSQL, one statement per report.
 */
@ApplicationModule(allowedDependencies = { "people", "web" })
@NullMarked
package org.traject.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
