package org.traject.routemaps.internal;

import org.jspecify.annotations.Nullable;

/**
 * A change the route map's or partnership's rules refuse (editing a published version, a
 * duplicate member name, publishing a route map without cards). Carries a message key so
 * the web layer can show it beside the field it concerns.
 */
public class RouteMapRuleException extends RuntimeException {

	private final @Nullable String field;

	private final String messageKey;

	private final Object[] arguments;

	public RouteMapRuleException(@Nullable String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public @Nullable String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
