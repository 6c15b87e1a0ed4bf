/**
 * Evaluation forms, rounds, invitations, the anonymous answers and their results: SQL,
 * rules, the job and the emails.
 */
@NullMarked
package org.traject.evaluations.internal;

import org.jspecify.annotations.NullMarked;
