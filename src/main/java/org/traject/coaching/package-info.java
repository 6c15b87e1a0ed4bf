/**
 * Coaching: coach profiles (an optional photo, specialties, languages, region, how they
 * work, the programmes they serve), their availability (weekly recurring and single
 * slots, on site or online, blocked dates), and the appointments that entitled
 * participants book, reschedule and cancel, that secretaries book on someone's behalf and
 * that coaches mark held or no-show.
 * <p>
 * A participant is entitled to as many appointments per programme as the programme has
 * coaching-session modules, when they hold a confirmed place in one of its cohorts; a
 * free-standing coaching programme (format {@code COACHING}) gives every participant one.
 * A coach is in one conversation at a time: an exclusion constraint on the coach and the
 * time range of every appointment not cancelled (V420) decides, on any number of
 * instances, so two people never hold the same or overlapping times. Booking,
 * rescheduling and cancelling queue an email with a calendar file for the participant and
 * the coach in the same transaction.
 * <p>
 * The top-level package holds the value types of the API and
 * {@link org.traject.coaching.CoachingSetup}, which writes profiles, availability and
 * bookings for callers without a page (the demo data); everything else is in
 * {@code internal}, the pages in {@code web}. It publishes
 * {@code coaching_appointment_schedule} (V391) for the agenda's calendar feed and reads
 * the cohorts module's published {@code confirmed_place} for the secretary's overview of
 * sessions used and left. A held appointment counts for the programme's coaching module
 * through delivery's {@code CoachingCredits}. Once held, the coach may link it to goals
 * of the participant's plan that the participant shares with them, through development's
 * {@code CoachingGoals}; the participant reads on the plan that the goal was discussed.
 */
@ApplicationModule(allowedDependencies = { "catalogue", "cohorts", "delivery", "development", "notifications", "people",
		"privacy", "web" })
@NullMarked
package org.traject.coaching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
