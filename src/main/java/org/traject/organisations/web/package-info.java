/**
 * The organisations pages: the secretary's list, form and organisation page, the
 * contact's page of their organisation's people, the manager's page, and start-page
 * sections.
 */
@NullMarked
package org.traject.organisations.web;

import org.jspecify.annotations.NullMarked;
