package org.traject.privacy.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.traject.people.CurrentUser;
import org.traject.privacy.Statements;
import org.traject.web.Flash;
import org.traject.web.ProviderTimeZone;
import org.traject.web.SupportedLanguages;

/**
 * The administrator edits the statements (privacy, accessibility, cookies) per language,
 * in Markdown. Every save is a new version; earlier versions stay readable here, since a
 * sign-up records which version of the privacy statement the person was shown.
 */
@Controller
@RequestMapping("/admin/statements")
class AdminStatementsController {

	private static final String EDIT = "privacy/statement-edit";

	private final Statements statements;

	private final ProviderTimeZone timeZone;

	AdminStatementsController(Statements statements, ProviderTimeZone timeZone) {
		this.statements = statements;
		this.timeZone = timeZone;
	}

	@GetMapping
	String overview(Model model) {
		List<Statements.Version> current = new ArrayList<>();
		for (String statement : Statements.NAMES) {
			for (var language : SupportedLanguages.ALL) {
				current.add(statements.current(statement, language.getLanguage()));
			}
		}
		model.addAttribute("current", current);
		model.addAttribute("zone", timeZone.id());
		return "privacy/statements";
	}

	@GetMapping("/{statement}/{language}")
	ModelAndView edit(@PathVariable String statement, @PathVariable String language,
			@RequestParam(required = false) @Nullable Integer version) {
		var current = current(statement, language);
		var page = page(statement, language, current.version());
		page.addObject("form", new StatementForm(current.title(), current.markdown(), null));
		if (version != null) {
			var shown = statements.version(statement, language, version)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			page.addObject("shown", shown);
			page.addObject("shownHtml", statements.html(shown));
		}
		return page;
	}

	@PostMapping("/{statement}/{language}")
	ModelAndView save(@PathVariable String statement, @PathVariable String language,
			@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("form") StatementForm form,
			BindingResult errors) {
		var current = current(statement, language);
		if (errors.hasErrors()) {
			return page(statement, language, form.basedOnOr(current.version()));
		}
		int basedOn = form.basedOnOr(-1);
		var saved = statements.save(statement, language, basedOn, form.title(), form.text(), admin.personId());
		if (saved.isEmpty()) {
			// someone saved meanwhile: keep what this administrator typed, say so, and
			// let
			// a second save put it on top of the version that is current now
			errors.reject("privacy.statements.changed", new Object[] { current.version() }, null);
			return page(statement, language, current.version());
		}
		Flash.success("privacy.statements.savedVersion", saved.get());
		return new ModelAndView("redirect:/admin/statements/" + statement + "/" + language);
	}

	/** The form again (its object and errors are in the request's model already). */
	private ModelAndView page(String statement, String language, int basedOn) {
		var page = new ModelAndView(EDIT);
		page.addObject("basedOn", basedOn);
		page.addObject("statement", statement);
		page.addObject("language", language);
		page.addObject("history", statements.history(statement, language));
		page.addObject("zone", timeZone.id());
		return page;
	}

	private Statements.Version current(String statement, String language) {
		if (!Statements.exists(statement) || !SupportedLanguages.isSupported(language)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return statements.current(statement, language);
	}

	/**
	 * The statement as the administrator writes it; {@code basedOn} is the version the
	 * editing started from (a hidden field), so that two saves at once do not overwrite
	 * each other.
	 */
	record StatementForm(
			@NotBlank(message = "{privacy.statements.title.required}") @Size(max = 200,
					message = "{privacy.statements.title.tooLong}") String title,
			@NotBlank(message = "{privacy.statements.text.required}") @Size(max = 50_000,
					message = "{privacy.statements.text.tooLong}") String text,
			@Nullable String basedOn) {

		int basedOnOr(int fallback) {
			return basedOn != null && basedOn.matches("\\d{1,9}") ? Integer.parseInt(basedOn) : fallback;
		}

	}

}
