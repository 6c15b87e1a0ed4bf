package org.traject.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a controller binds (form fields, request parameters, path variables) is
 * cleaned of control characters and trimmed here, once, instead of in each form. A
 * controller that needs the spaces registers {@link IncomingText#untrimmed()} for its
 * form; its own binder methods run after this one.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IncomingTextBinding {

	@InitBinder
	void cleanText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new IncomingText.Editor(true));
	}

}
