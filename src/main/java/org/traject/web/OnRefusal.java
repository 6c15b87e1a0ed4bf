package org.traject.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a handler's reader goes when the rules refuse the change: a URI template whose
 * variables are the handler's path variables, e.g.
 * {@code @OnRefusal("/secretary/cohorts/{id}/completion")}. On a controller class it is
 * the default for every handler in it. Without one, the reader goes back to the page the
 * request came from.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface OnRefusal {

	String value();

}
