/**
 * Groups within a cohort: the talent programme's network clusters and intervision groups
 * of five to seven. A secretary forms them by hand or from a suggestion that spreads
 * organisations, places and sectors over the groups (never two people of one school in
 * one group when the numbers allow it), gives each a facilitator (a coach or a member of
 * staff) and plans its meetings. Planning or removing a meeting queues, in the same
 * transaction, an email with a calendar file (or its cancellation, same UID) for each
 * member with a confirmed place and the facilitator, in their own language. Members see
 * their group on {@code /my/groups}: the other members, the meetings with their own
 * attendance, and the meeting notes the facilitator keeps. The facilitator or a secretary
 * registers attendance per meeting (present, absent, excused, as for sessions); attended
 * meetings count for the programme's network-group-meeting modules through delivery's
 * {@code GroupMeetingCredits}, so the completion rule sees them like other results.
 * <p>
 * A group can be a project group (the LOCK trajectory's): a question its members chose,
 * an expert who supports them, and a product they deliver (a file and a description) that
 * a secretary or the expert publishes to the programme's public product library
 * ({@code /programmes/{slug}/products}), which names no member.
 * <p>
 * A person is in at most one group of a cohort; a unique key in the database holds that
 * when two secretaries move the same person at once. The module publishes no API to other
 * modules yet: everything is in {@code internal}, the pages in {@code web}.
 */
@ApplicationModule(allowedDependencies = { "catalogue", "cohorts", "delivery", "notifications", "organisations",
		"people", "privacy", "web" })
@NullMarked
package org.traject.groups;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
