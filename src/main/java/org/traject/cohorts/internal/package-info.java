/** The cohorts module's own infrastructure (scheduling). */
@NullMarked
package org.traject.cohorts.internal;

import org.jspecify.annotations.NullMarked;
