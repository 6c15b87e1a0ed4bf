package org.traject.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.traject.web.Formats;
import org.traject.web.LayoutModel;
import org.traject.web.ProviderTimeZone;

/**
 * A controller with its real templates, message bundles, binding and refusal handling,
 * but without a database: the services it calls are {@code @MockitoBean} stand-ins. For
 * what a page does with a form error or an htmx request; who may open it is the
 * route-access test's business (against PostgreSQL), so the security filters and the form
 * throttle are left out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.traject\\.security\\..*"))
@AutoConfigureMockMvc(addFilters = false)
@ImportAutoConfiguration(MultipartAutoConfiguration.class)
@Import({ Formats.class, LayoutModel.class, ProviderTimeZone.class })
public @interface WebSliceTest {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

}
