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
 * cards by their stable keys, so only the member and partnership tables move). The
 * top-level package is the module's API: the facade
 * {@link org.traject.routemaps.RouteMapSetup} (a route map and a partnership written as
 * the administrator and the coordinator write them, for imports and the demo data) and
 * the value types it carries ({@link org.traject.routemaps.Texts},
 * {@link org.traject.routemaps.Enums}); its pages are in {@code web}, everything else in
 * {@code internal}.
 */
@ApplicationModule(allowedDependencies = { "people", "privacy", "web" })
@NullMarked
package org.traject.routemaps;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
