/**
 * The cohorts module's implementation: cohort and enrolment entities and repositories,
 * the enrolment rules (row lock, seat counter, history), the secretary's administration,
 * interest lists and expiry jobs. Only this module uses it; its {@code web} package is
 * part of the module.
 */
@NullMarked
package org.traject.cohorts.internal;

import org.jspecify.annotations.NullMarked;
