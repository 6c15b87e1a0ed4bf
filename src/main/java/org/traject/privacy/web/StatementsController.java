package org.traject.privacy.web;

import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public statements linked from every footer: privacy, accessibility (WCAG 2.2 AA,
 * known limitations, a contact) and cookies (functional only), in the reader's language.
 * Their text lives in the privacy module's message bundles.
 */
@Controller
class StatementsController {

	static final Set<String> STATEMENTS = Set.of("privacy", "accessibility", "cookies");

	@GetMapping("/statements/{statement}")
	String statement(@PathVariable String statement, Model model) {
		if (!STATEMENTS.contains(statement)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("statement", statement);
		return "privacy/statement";
	}

}
