/**
 * Evaluations: per programme a form of questions (a scale of 1 to 5 with labels, a single
 * choice, an open text) in the programme's language, with a default form per language for
 * programmes that have none; rounds sent by email with a personal single-use link after a
 * cohort's last session (or after each session when the programme's form says so), with
 * one reminder five days later to those who have not answered; and the results per round
 * for secretaries and administrators (response rate, mean and distribution per question,
 * open answers), exported as CSV and XLSX, and compared across the cohorts of a
 * programme.
 * <p>
 * Answers are anonymous to staff: a response carries no person, no time and no sequence
 * number; who was invited and whether they answered is kept apart
 * ({@code evaluation_invitation}), to refuse a second answer and to remind, and open
 * answers are shown only once at least three people answered. One round per cohort and
 * occasion, one reminder per invitation: unique keys and conditional updates decide, on
 * any number of instances; the job runs under ShedLock.
 * <p>
 * Published view (read-only, V381): {@code evaluation_round_report} — every round with
 * its programme, cohort and day. <br>
 * Published view (read-only, V381): {@code evaluation_invitation_report} — every
 * invitation's person and whether they answered (never what). <br>
 * Published view (read-only, V381): {@code evaluation_score_report} — per round, the
 * number and the sum of the answers on a scale.
 */
@ApplicationModule(allowedDependencies = { "catalogue", "cohorts", "notifications", "people", "privacy", "web" })
@NullMarked
package org.traject.evaluations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
