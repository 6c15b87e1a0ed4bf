package org.traject.privacy.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.traject.privacy.Statements;

/**
 * The public statements linked from every footer: privacy, accessibility (WCAG 2.2 AA,
 * known limitations, a contact) and cookies (functional only), in the reader's language:
 * the latest version an administrator saved, or the default text from the privacy
 * module's message bundles.
 */
@Controller
class StatementsController {

	private final Statements statements;

	StatementsController(Statements statements) {
		this.statements = statements;
	}

	@GetMapping("/statements/{statement}")
	String statement(@PathVariable String statement, Locale locale, Model model) {
		if (!Statements.exists(statement)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		var current = statements.current(statement, Statements.languageOf(locale));
		model.addAttribute("statement", statement);
		model.addAttribute("version", current);
		model.addAttribute("html", statements.html(current));
		return "privacy/statement";
	}

}
