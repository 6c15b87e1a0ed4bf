/** The route map editor, the partnership board and its pages and exports. */
@NullMarked
package org.traject.routemaps.web;

import org.jspecify.annotations.NullMarked;
