/**
 * Development: the affinity measurement (self-assessment with affinity per competency,
 * feedback from a manager and peers), the development potential derived from it, and the
 * personal development plan with goals, actions, evidence, sharing and coaching. The
 * top-level package is the module's API: the SPI
 * {@link org.traject.development.ParticipantProgrammes} (which programmes a person is
 * enrolled in, implemented in this module's {@code internal} package from the cohorts
 * facade), the event {@link org.traject.development.FeedbackInvited}, and the facade
 * {@link org.traject.development.CoachingGoals} through which the coaching module links a
 * held appointment to the goals of a plan shared with its coach; and
 * {@link org.traject.development.DevelopmentImport}, which writes measurements with the
 * dates they were taken (the demo data, imports) and plans as the pages do, with the
 * value types it carries ({@code GoalDetails}, {@code ActionType}, {@code ActionStatus},
 * {@code Relation}). The implementation is in {@code internal}, the pages and start-page
 * sections in {@code web}.
 */
@ApplicationModule(allowedDependencies = { "catalogue", "cohorts", "competencies", "people", "privacy", "web" })
@NullMarked
package org.traject.development;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
