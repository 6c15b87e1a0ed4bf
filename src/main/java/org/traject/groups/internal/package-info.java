/**
 * Groups, their members, facilitators and meetings: SQL, the suggestion and the rules.
 */
@NullMarked
package org.traject.groups.internal;

import org.jspecify.annotations.NullMarked;
