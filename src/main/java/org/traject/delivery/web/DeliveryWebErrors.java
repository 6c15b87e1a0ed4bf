package org.traject.delivery.web;

import java.io.IOException;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A cohort, session, participant, award or certificate that does not exist, or that is someone else's, is "not found"
 * on every delivery page: a participant cannot tell another person's certificate from a missing one.
 */
@ControllerAdvice(basePackageClasses = DeliveryWebErrors.class)
class DeliveryWebErrors {

	@ExceptionHandler(NoSuchElementException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
