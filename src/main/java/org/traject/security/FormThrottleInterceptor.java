package org.traject.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.traject.security.FormThrottle.Form;

/**
 * Puts the {@link FormThrottle} in front of the public forms, after Spring MVC has chosen
 * the handler (so an address that matches no form is a 404, not a count). A refused
 * request gets the "try again in N minutes" page with status 429 and a
 * {@code Retry-After} header.
 */
@Configuration(proxyBeanMethods = false)
class FormThrottleInterceptor implements WebMvcConfigurer {

	private final FormThrottle throttle;

	FormThrottleInterceptor(FormThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Check())
			.addPathPatterns("/signup/*", "/interest/*", "/account/password-reset", "/feedback/*", "/certificates/*",
					"/peers/*/ask");
	}

	/** Which form a request uses and what it is about; null when it is not a form use. */
	static @Nullable Use use(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean post = "POST".equals(request.getMethod());
		if (post && path.startsWith("/signup/")) {
			return new Use(Form.SIGNUP, request.getParameter("email"));
		}
		if (post && path.startsWith("/interest/")) {
			return new Use(Form.INTEREST, request.getParameter("email"));
		}
		if (post && path.equals("/account/password-reset")) {
			return new Use(Form.PASSWORD_RESET, request.getParameter("email"));
		}
		if (post && path.startsWith("/feedback/")) {
			return new Use(Form.FEEDBACK, pathVariable(request, "token"));
		}
		if (post && path.startsWith("/peers/") && path.endsWith("/ask") && request.getRemoteUser() != null) {
			// counted per signed-in person: whoever asks, from wherever
			return new Use(Form.PEER_QUESTION, "person:" + request.getRemoteUser());
		}
		if ("GET".equals(request.getMethod()) && path.startsWith("/certificates/")) {
			return new Use(Form.CERTIFICATE_CHECK, pathVariable(request, "number"));
		}
		return null;
	}

	private static @Nullable String pathVariable(HttpServletRequest request, String name) {
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof java.util.Map<?, ?> map
				&& map.get(name) instanceof String value) {
			return value;
		}
		return null;
	}

	record Use(Form form, @Nullable String target) {
	}

	private final class Check implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			Use use = use(request);
			if (use != null) {
				throttle.attempt(use.form(), request.getRemoteAddr(), use.target()).ifPresent(wait -> {
					throw new TooManyAttemptsException(wait);
				});
			}
			return true;
		}

	}

	/** A public form used too often; the page says how long to wait. */
	static final class TooManyAttemptsException extends RuntimeException {

		private final Duration wait;

		TooManyAttemptsException(Duration wait) {
			super("Too many attempts; try again in " + wait, null, false, false);
			this.wait = wait;
		}

		Duration waitTime() {
			return wait;
		}

	}

	@ControllerAdvice
	static class TooManyAttemptsPage {

		@ExceptionHandler(TooManyAttemptsException.class)
		ModelAndView tooMany(TooManyAttemptsException ex, HttpServletResponse response) {
			long seconds = Math.max(1, ex.waitTime().toSeconds());
			response.setHeader("Retry-After", Long.toString(seconds));
			var page = new ModelAndView("error/429");
			page.addObject("minutes", (seconds + 59) / 60);
			page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
			return page;
		}

	}

}
