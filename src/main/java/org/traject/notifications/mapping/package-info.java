/**
 * One class per domain event that sends email: it listens for the event and queues the
 * emails it causes.
 */
@NullMarked
package org.traject.notifications.mapping;

import org.jspecify.annotations.NullMarked;
