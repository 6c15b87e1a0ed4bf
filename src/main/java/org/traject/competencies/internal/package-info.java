/**
 * The profile model, its rules, import/export and the audit log; only this module uses
 * it.
 */
@NullMarked
package org.traject.competencies.internal;

import org.jspecify.annotations.NullMarked;
