package org.traject.bench;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;

/**
 * What the benchmark adds to the application it measures, only under the {@code bench} profile and only when
 * {@code bench/run.sh} puts these classes on the class path ({@code -Dloader.path}): the two reference pages and the
 * per-page SQL statement count. Nothing here is part of the product.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchConfiguration {

	/** The references measure a framework without the product's security rules, as TechEmpower's do. */
	@Bean
	WebSecurityCustomizer benchReferencesOutsideSecurity() {
		return web -> web.ignoring().requestMatchers("/bench/**");
	}

	private final CatalogueFromMemory catalogueBytes = new CatalogueFromMemory();

	/** Reference (a): the catalogue's own bytes from memory, straight from a servlet. */
	@Bean
	ServletRegistrationBean<CatalogueFromMemory> catalogueFromMemory() {
		return new ServletRegistrationBean<>(catalogueBytes, "/bench/catalogue-from-memory");
	}

	/** Reference (a)'s bytes, fetched once the application serves pages (and before run.sh's first request). */
	@EventListener
	void loadCatalogueBytes(ApplicationReadyEvent ready) throws java.io.IOException {
		if (ready.getApplicationContext() instanceof WebServerApplicationContext web) {
			catalogueBytes.load(web.getWebServer().getPort());
		}
	}

	@Bean
	static BeanPostProcessor countStatements() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !StatementCounter.isCounting(bean)
						? StatementCounter.wrap(dataSource) : bean;
			}
		};
	}

	/** Outermost filter, so the statements of Spring Session's load and save count with the page. */
	@Bean
	FilterRegistrationBean<StatementCounter.PerRequest> statementsPerRequest() {
		var registration = new FilterRegistrationBean<>(new StatementCounter.PerRequest());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}
}
