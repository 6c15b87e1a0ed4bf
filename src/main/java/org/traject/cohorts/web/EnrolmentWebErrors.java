package org.traject.cohorts.web;

import java.io.IOException;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An enrolment or cohort that does not exist, or that is someone else's, is "not found" on every page of the cohorts
 * module: a participant cannot tell another person's enrolment from a missing one. The container's error dispatch
 * renders the 404 page (in the reader's language, with the full layout).
 */
@ControllerAdvice(basePackageClasses = EnrolmentWebErrors.class)
class EnrolmentWebErrors {

	@ExceptionHandler(NoSuchElementException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
