package org.traject.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Turns a concurrent edit into the "changed by someone else" page (409). Everything else falls through to Boot's
 * error handling, which renders {@code templates/error/<status>.html} without a stack trace.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	@ExceptionHandler({ OptimisticLockingFailureException.class, jakarta.persistence.OptimisticLockException.class,
			org.hibernate.StaleObjectStateException.class })
	void conflict(Exception ex, HttpServletResponse response) throws IOException {
		log.info("Concurrent edit refused: {}", ex.getMessage());
		// rendered by Boot's error controller, so the page gets the layout's model (language links) like other errors
		response.sendError(HttpStatus.CONFLICT.value());
	}
}
