/**
 * Development: the affinity measurement (self-assessment with affinity per competency, feedback from a manager and
 * peers), the development potential derived from it, and the personal development plan with goals, actions,
 * evidence, sharing and coaching. The top-level package is the module's API: the SPI
 * {@link org.traject.development.ParticipantProgrammes} (which programmes a person is enrolled in, implemented by the
 * cohorts module) and the event {@link org.traject.development.FeedbackInvited}.
 */
@NullMarked
package org.traject.development;

import org.jspecify.annotations.NullMarked;
