/**
 * Attendance, results, completion rules and decisions, awards and career outcomes; only
 * this module uses it.
 */
@NullMarked
package org.traject.delivery.internal;

import org.jspecify.annotations.NullMarked;
