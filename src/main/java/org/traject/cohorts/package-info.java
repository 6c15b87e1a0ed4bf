/**
 * Cohorts (one scheduled run of a programme) and their sessions; enrolments, waitlists
 * and interest registrations. The top-level package is the module's API: the facade
 * {@link org.traject.cohorts.Cohorts} with the views it hands out
 * ({@link org.traject.cohorts.CohortRoster}, {@link org.traject.cohorts.CohortOverview},
 * {@link org.traject.cohorts.EnrolmentView}), the value types they carry, and the events
 * (records named in the past tense) that other modules listen for. The implementation
 * (entities, repositories, the enrolment rules, jobs) is in {@code internal}; the pages,
 * start-page and programme-page sections in {@code web}.
 * <p>
 * Messages to a cohort: a secretary writes to the confirmed, the waitlist, the
 * programme's interest list or ticked people ({@code CohortMessages}, tables
 * {@code cohort_message} and {@code cohort_message_recipient}); sending publishes
 * {@link org.traject.cohorts.CohortMessageSent}, and the notifications module reads the
 * message with its recipients through {@link org.traject.cohorts.Cohorts#message(long)}.
 * <p>
 * Published to other modules' SQL: the read-only view {@code programme_availability}
 * (created in this module's migration {@code V20}), which the catalogue's search joins.
 * <p>
 * Published view (read-only, V131): {@code cohort_report} — every cohort with programme,
 * dates, capacity and status. <br>
 * Published view (read-only, V131): {@code enrolment_report} — every enrolment with its
 * cohort, programme, state and dates. <br>
 * Published view (read-only, V131): {@code enrolment_history_report} — each enrolment's
 * status changes, with actor role and cancellation reason. <br>
 * Published view (read-only, V342): {@code interest_report} — each confirmed interest
 * registration per invitation, with the person who signed up for the invited cohort.
 */
@ApplicationModule(allowedDependencies = { "catalogue", "people", "privacy", "web" })
@NullMarked
package org.traject.cohorts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
