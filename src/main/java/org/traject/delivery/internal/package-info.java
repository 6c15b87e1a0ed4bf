/**
 * Attendance, results, completion rules and decisions, awards, career outcomes and demo
 * data; only this module uses it.
 */
@NullMarked
package org.traject.delivery.internal;

import org.jspecify.annotations.NullMarked;
