/**
 * The secretary's group pages of a cohort, and the members' and facilitators' pages on
 * {@code /my/groups}.
 */
@NullMarked
package org.traject.groups.web;

import org.jspecify.annotations.NullMarked;
