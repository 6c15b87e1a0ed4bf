package org.traject.web;

import jakarta.servlet.DispatcherType;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** Shared by the outage answer and the request queue: see {@link RequestGate}. */
	private final DatabaseOutages databaseOutages = new DatabaseOutages();

	static final String LANGUAGE_COOKIE = "traject-lang";

	/**
	 * Every module keeps its own bundle in {@code messages/<module>.properties} (with
	 * {@code _nl} and {@code _da} siblings); all of them are found on the class path so a
	 * new module needs no configuration.
	 */
	@Bean
	MessageSource messageSource() throws IOException {
		var resolver = new PathMatchingResourcePatternResolver();
		var basenames = new TreeSet<String>();
		for (Resource resource : resolver.getResources("classpath*:messages/*.properties")) {
			String file = resource.getFilename();
			if (file != null && !file.matches(".*_[a-z]{2}\\.properties")) {
				basenames.add("classpath:messages/" + file.substring(0, file.length() - ".properties".length()));
			}
		}
		var source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(basenames.toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setCacheSeconds(-1);
		return source;
	}

	@Bean
	LocalValidatorFactoryBean validator(MessageSource messageSource) {
		var factory = new LocalValidatorFactoryBean();
		factory.setValidationMessageSource(messageSource);
		return factory;
	}

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new LanguageCookieResolver();
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(WebConfiguration::fromAcceptLanguage);
		return resolver;
	}

	/**
	 * The language cookie lives a year: a value that is not one of our languages (a
	 * tampered or ancient cookie) is ignored, and the browser's language applies, instead
	 * of failing every page for that browser.
	 */
	private static final class LanguageCookieResolver extends CookieLocaleResolver {

		LanguageCookieResolver() {
			super(LANGUAGE_COOKIE);
			setRejectInvalidCookies(false);
		}

		@Override
		protected @Nullable Locale parseLocaleValue(String value) {
			return SupportedLanguages.isSupported(value) ? Locale.forLanguageTag(value) : null;
		}

	}

	private static Locale fromAcceptLanguage(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return SupportedLanguages.ENGLISH;
		}
		try {
			var ranges = Locale.LanguageRange.parse(header);
			Locale match = Locale.lookup(ranges, SupportedLanguages.ALL);
			return match != null ? match : SupportedLanguages.ENGLISH;
		}
		catch (IllegalArgumentException ex) {
			return SupportedLanguages.ENGLISH;
		}
	}

	/**
	 * The catalogue's public pages, kept for a few seconds for visitors without a session
	 * ({@link PublicPageCache}). {@code traject.web.public-page-cache.ttl=0} turns it off
	 * (the tests that count statements per page do).
	 */
	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCache(LocaleResolver localeResolver,
			@Value("${traject.web.public-page-cache.ttl:PT5S}") Duration timeToLive,
			@Value("${traject.web.public-page-cache.max-entries:500}") int maxEntries) {
		var filter = new PublicPageCache(List.of("/", "/programmes", "/programmes/{slug}"), timeToLive, maxEntries,
				localeResolver);
		var registration = new FilterRegistrationBean<>(filter);
		// in front of Spring Security (-100): a kept page is served with the security
		// headers it was rendered with
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	/**
	 * Outside every other filter (Spring Session's too): the answer while the database
	 * cannot be reached ({@link DatabaseUnavailable}).
	 */
	@Bean
	FilterRegistrationBean<DatabaseUnavailable> databaseUnavailable(MessageSource messages,
			LocaleResolver localeResolver) {
		var registration = new FilterRegistrationBean<>(
				new DatabaseUnavailable(messages, localeResolver, databaseOutages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		// the error page too: it reads the session from the database again
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * The queue in front of the pages ({@link RequestGate}): inside the outage answer,
	 * before the session is read. {@code traject.web.request-gate.concurrent} requests
	 * are worked on at once (keep it below the connection pool's size), the others wait
	 * in turn for at most {@code traject.web.request-gate.patience}.
	 */
	@Bean
	FilterRegistrationBean<RequestGate> requestGate(MessageSource messages, LocaleResolver localeResolver,
			@Value("${traject.web.request-gate.concurrent:6}") int concurrent,
			@Value("${traject.web.request-gate.patience:PT60S}") Duration patience) {
		var registration = new FilterRegistrationBean<>(
				new RequestGate(concurrent, patience, databaseOutages, new TryAgainPage(messages, localeResolver)));
		// after the incoming-request filter (the parameters it cleans are read before
		// queueing), before Spring Session's
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/**
	 * Cleans parameters, limits the query string and answers a direct {@code /error}
	 * ({@link IncomingRequestFilter}).
	 */
	@Bean
	FilterRegistrationBean<IncomingRequestFilter> incomingRequestFilter(MultipartProperties multipart) {
		var registration = new FilterRegistrationBean<>(
				new IncomingRequestFilter(multipart.getMaxRequestSize().toBytes()));
		// right after the character encoding filter, before the session, the page cache
		// and Spring Security
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch());
	}

}
