package org.traject.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * A controller whose pages have a place of their own for a refusal (a roster that shows
 * the message above its rows, say) implements this; {@link RefusalHandling} asks it first
 * and falls back to the usual answer (a flash message on the {@link OnRefusal} page) when
 * it answers null. It only shapes the answer: the refusal is still thrown by the rules
 * and never caught in a handler.
 */
public interface RefusedInPlace {

	@Nullable ModelAndView answerRefusal(Refusal refusal, HttpServletRequest request);

	/**
	 * A path variable of the refused request, e.g. {@code "id"} of {@code /cohorts/{id}}.
	 */
	static String pathVariable(HttpServletRequest request, String name) {
		@SuppressWarnings("unchecked")
		var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables == null || !variables.containsKey(name)) {
			throw new IllegalStateException("No path variable " + name);
		}
		return variables.get(name);
	}

}
