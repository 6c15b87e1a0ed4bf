package org.traject.people;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The capacity in which the signed-in person acts through this handler, e.g.
 * {@code @ActingAs(SECRETARY) Actor actor}. An {@link Actor} argument without it acts as
 * a participant: for themselves.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface ActingAs {

	Actor.Capacity value();

}
