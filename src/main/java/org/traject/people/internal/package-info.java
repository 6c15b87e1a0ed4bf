/**
 * The person entity, account links (confirmation, password reset) and their housekeeping;
 * only this module uses it.
 */
@NullMarked
package org.traject.people.internal;

import org.jspecify.annotations.NullMarked;
