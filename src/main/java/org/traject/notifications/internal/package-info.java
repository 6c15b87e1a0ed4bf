/**
 * The outbox table, rendering, delivery (claims, retries, transports) and the scheduler
 * lock.
 */
@NullMarked
package org.traject.notifications.internal;

import org.jspecify.annotations.NullMarked;
