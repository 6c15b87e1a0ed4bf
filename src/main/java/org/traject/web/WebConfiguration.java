package org.traject.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_COOKIE = "traject-lang";

	/**
	 * Every module keeps its own bundle in {@code messages/<module>.properties} (with {@code _nl} and {@code _da}
	 * siblings); all of them are found on the class path so a new module needs no configuration.
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
		var resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(WebConfiguration::fromAcceptLanguage);
		return resolver;
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

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch());
	}
}
