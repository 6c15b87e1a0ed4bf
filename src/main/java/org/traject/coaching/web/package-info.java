/**
 * The public coach pages, the coach's profile, agenda and availability, booking and the
 * secretary's overview.
 */
@NullMarked
package org.traject.coaching.web;

import org.jspecify.annotations.NullMarked;
