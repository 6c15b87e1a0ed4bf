package org.traject.web;

import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns a concurrent edit into the "changed by someone else" page (409) and a missing
 * record into 404 (the layout reads its model from the {@code layout} bean, so these
 * render like any page). Everything else falls through to Boot's error handling, which
 * renders {@code templates/error/<status>.html} without a stack trace.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	@ExceptionHandler({ OptimisticLockingFailureException.class, jakarta.persistence.OptimisticLockException.class,
			org.hibernate.StaleObjectStateException.class })
	ModelAndView conflict(Exception ex) {
		log.info("Concurrent edit refused: {}", ex.getMessage());
		return new ModelAndView("error/409", HttpStatus.CONFLICT);
	}

	/**
	 * Services answer "no such thing" with {@link NoSuchElementException} (an empty
	 * Optional); that is a 404, on every page of every module. Something that is someone
	 * else's is "not found" too: a participant cannot tell another person's enrolment or
	 * certificate from a missing one.
	 */
	@ExceptionHandler(NoSuchElementException.class)
	ModelAndView notFound(NoSuchElementException ex) {
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

	/**
	 * A file over the limit that the container could not refuse before reading it (no
	 * length given).
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex) {
		return new ModelAndView("error/413", HttpStatus.CONTENT_TOO_LARGE);
	}

	/**
	 * A form that needs a file posted without one (not a multipart request, or a broken
	 * one): a bad request.
	 */
	@ExceptionHandler(MultipartException.class)
	ModelAndView notMultipart(MultipartException ex) {
		log.info("Refused a broken upload: {}", ex.getMessage());
		return new ModelAndView("error/4xx", HttpStatus.BAD_REQUEST);
	}

}
