/**
 * Route maps for school partnerships: the LOCK instrument "Draagvlak Samen Opleiden bij
 * leidinggevenden" of four steps (informeren, urgentie creëren, eigenaarschap creëren,
 * implementeren) with conversation cards, versioned like competency profiles (a published
 * version is frozen, by database trigger; edits make a new draft), printable as cards;
 * and a partnership's use of it: per member school or board, the conversation of each
 * step planned, recorded card by card with follow-up actions, and marked done, on a board
 * the steering group may read and export.
 * <p>
 * The partnership here ({@code route_partnership}, its members, contacts and steering
 * group) is deliberately minimal: it stands in for the partnership of the organisations
 * module, which can absorb it (the conversations refer to a member by id and to steps and
 * cards by their stable keys, so only the member and partnership tables move). The module
 * offers no API to others yet, except the named interface {@code authoring} (the services
 * its pages call, marked on the types in {@code internal}) for the demo data; its pages
 * are in {@code web}, everything else in {@code internal}.
 */
@ApplicationModule(allowedDependencies = { "people", "privacy", "web" })
@NullMarked
package org.traject.routemaps;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
