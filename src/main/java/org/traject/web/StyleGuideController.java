package org.traject.web;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The living style guide: every component of {@code fragments/components.html} drawn
 * once, with sample texts, for whoever builds a page (see docs/components.md).
 * Administrators only ({@code /dev/**}); the route does not exist in the {@code prod}
 * profile.
 */
@Controller
@Profile("!prod")
class StyleGuideController {

	@GetMapping("/dev/components")
	String components() {
		return "dev/components";
	}

}
