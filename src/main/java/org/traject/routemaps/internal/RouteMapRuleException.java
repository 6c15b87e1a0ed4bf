package org.traject.routemaps.internal;

import org.jspecify.annotations.Nullable;
import org.traject.web.Refusal;

/**
 * A change the route map's or partnership's rules refuse (editing a published version, a
 * duplicate member name, publishing a route map without cards), with the field it
 * concerns when there is one.
 */
public class RouteMapRuleException extends Refusal {

	public RouteMapRuleException(@Nullable String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
