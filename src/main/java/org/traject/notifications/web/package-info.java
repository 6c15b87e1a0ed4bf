/**
 * The notification pages: the development mailbox ({@code /dev/mailbox}) and undelivered
 * emails ({@code /admin/notifications}).
 */
@NullMarked
package org.traject.notifications.web;

import org.jspecify.annotations.NullMarked;
