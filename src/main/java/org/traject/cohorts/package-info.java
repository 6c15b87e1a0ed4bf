/**
 * Cohorts (one scheduled run of a programme) and their sessions; enrolments, waitlists and interest registrations.
 * The facade {@link org.traject.cohorts.Cohorts} is what other modules use. The cohorts module publishes the view
 * {@code programme_availability} as the read model the catalogue's search joins.
 * <p>
 * Published view (read-only, V131): {@code cohort_report} — every cohort with programme, dates, capacity and status.
 * <br>Published view (read-only, V131): {@code enrolment_report} — every enrolment with its cohort, programme, state and dates.
 * <br>Published view (read-only, V131): {@code enrolment_history_report} — each enrolment's status changes, with actor role and cancellation reason.
 */
@NullMarked
package org.traject.cohorts;

import org.jspecify.annotations.NullMarked;
