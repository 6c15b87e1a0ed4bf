/**
 * What is coming up for a person, and telling them in time: reminders by email before
 * sessions and deadlines, and a personal calendar feed to subscribe to.
 *
 * <h2>Reminders</h2> A scheduled job ({@code traject.agenda.reminder-interval}, default
 * five minutes, ShedLock) looks for occasions that are due and sends one email per person
 * and occasion:
 * <ul>
 * <li>before each session of a cohort in which the person holds a confirmed place, as
 * many days before as the programme says (default 3; 0 turns it off), with date, time,
 * place, what to bring or prepare, the cohort's materials (from the materials module),
 * the session as an {@code .ics} file and the link to the enrolment, where it can be
 * cancelled;</li>
 * <li>an offered seat 12 hours before the offer lapses (when the offer was made for
 * longer than that);</li>
 * <li>a manager's approval two days before its link expires, to the manager. Only a hash
 * of the approval link is kept, so the reminder points to the earlier email rather than
 * repeating the link. When the link expires the participant hears it from the cohorts
 * module's {@code ApprovalExpired} email, which existed before this module;</li>
 * <li>a measurement not handed in, seven days before the first session of a cohort whose
 * programme develops a competency profile;</li>
 * <li>a booked coaching appointment, a day before, to the participant and to the coach
 * (each with the place or the meeting link, each unless they turned reminders off).</li>
 * </ul>
 * "Once" holds across instances and restarts: the row in {@code reminder_sent} (primary
 * key person and occasion) is inserted in the same transaction that queues the email in
 * the outbox, so either both happen or neither, and a second run finds the row. A person
 * can turn reminders off on their account page ({@code reminder_opt_out}); emails about
 * their enrolments still come. A manager's reminder is the manager's, not the
 * participant's, and is not turned off with theirs.
 *
 * <h2>Personal calendar feed</h2> {@code /calendar/<token>.ics}: a secret address (256
 * random bits) that needs no sign-in, for Outlook, Google or Apple calendars. A
 * participant's feed holds the sessions of their confirmed places and their coaching
 * appointments; a coach's also the appointments they give; a course secretary's also
 * every session of every cohort that goes ahead. Entries keep their UID when a session
 * moves, and carry SEQUENCE and LAST-MODIFIED, so a calendar replaces them. Renewing
 * replaces the address; the old one answers 404. Nothing about other people is in a feed
 * except the names a person already sees on their own pages (their coach, or for a coach
 * the participant).
 * <p>
 * Reads other modules through their facades and the read-only views they publish:
 * {@code session_schedule}, {@code confirmed_place}, {@code pending_approval},
 * {@code enrolment_report}, {@code enrolment_place} (cohorts),
 * {@code coaching_appointment_schedule} (coaching), {@code submitted_measurement}
 * (development), {@code group_meeting_schedule} (groups: a member's and a facilitator's
 * group meetings in their calendar feed).
 */
@ApplicationModule(
		allowedDependencies = { "catalogue", "cohorts", "materials", "notifications", "people", "privacy", "web" })
@NullMarked
package org.traject.agenda;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
