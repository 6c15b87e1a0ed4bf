package org.traject.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A field on the public forms that people never see ({@code fragments/honeypot}: hidden
 * with CSS, out of the tab order, with a label telling a screen reader to leave it empty)
 * and that form-filling bots fill. A controller that finds it filled answers as if all
 * went well and does nothing, so the bot learns nothing to adapt to.
 */
public final class Honeypot {

	/** The field's name: one a bot would expect to fill. */
	public static final String FIELD = "website";

	private static final Logger log = LoggerFactory.getLogger(Honeypot.class);

	private Honeypot() {
	}

	/**
	 * Whether the current request filled the honeypot field (and so comes from a bot).
	 */
	public static boolean tripped() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		String value = attributes.getRequest().getParameter(FIELD);
		boolean filled = value != null && !value.isBlank();
		if (filled) {
			log.info("Honeypot filled on {} from {}: answered as if done, nothing done",
					attributes.getRequest().getRequestURI(), attributes.getRequest().getRemoteAddr());
		}
		return filled;
	}

}
