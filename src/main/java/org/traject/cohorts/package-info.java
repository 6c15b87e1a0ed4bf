/**
 * Cohorts (one scheduled run of a programme) and their sessions; enrolments, waitlists and interest registrations.
 * The facade {@link org.traject.cohorts.Cohorts} is what other modules use. The cohorts module publishes the view
 * {@code programme_availability} as the read model the catalogue's search joins.
 */
@NullMarked
package org.traject.cohorts;

import org.jspecify.annotations.NullMarked;
