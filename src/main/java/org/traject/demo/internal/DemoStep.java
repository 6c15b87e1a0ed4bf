package org.traject.demo.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * A step of the demo data: a bean only where demo data is on ({@code traject.demo-data},
 * default true; false in the {@code prod} profile), run by {@link DemoData} alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Component
@ConditionalOnBooleanProperty(name = "traject.demo-data", matchIfMissing = true)
@interface DemoStep {

}
