/**
 * Programme delivery: attendance per session, module results, each programme's completion rule and the secretary's
 * completion decision, the accreditation a completion awards (copied at that moment), certificates with a public
 * check, the participant's learning record, and career outcomes after completion. Builds on the cohorts module's
 * rosters and the catalogue's programmes, which it reads by id through their facades.
 */
@NullMarked
package org.traject.delivery;

import org.jspecify.annotations.NullMarked;
