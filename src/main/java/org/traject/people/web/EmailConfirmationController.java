package org.traject.people.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.traject.people.People;
import org.traject.web.IncomingText;

/**
 * The link from the confirmation email: it confirms the address, or lets a participant
 * who created their account while signing up choose their password first.
 */
@Controller
@RequestMapping("/account")
class EmailConfirmationController {

	private final People people;

	private final PasswordPages pages;

	EmailConfirmationController(People people, PasswordPages pages) {
		this.people = people;
		this.pages = pages;
	}

	/** A password keeps its spaces: the sign-in form compares it as typed. */
	@InitBinder("newPassword")
	void keepSpacesInPasswords(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, IncomingText.untrimmed());
	}

	/**
	 * The link from the confirmation email. A participant who created their account while
	 * signing up chooses their password here, which confirms the address; the link is not
	 * used until they do (a mail scanner that follows it changes nothing). An account
	 * that has a password is confirmed at once.
	 */
	@GetMapping("/confirm/{token}")
	String confirmEmail(@PathVariable String token, Model model, HttpServletResponse response) {
		switch (people.confirmationLink(token)) {
			case INVALID:
				return pages.invalidLink("confirm", model, response);
			case CHOOSE_PASSWORD:
				model.addAttribute("newPassword", new PasswordPages.NewPasswordForm("", ""));
				return pages.newPasswordView(PasswordPages.Flow.CONFIRM, token, model);
			case ALREADY_CONFIRMED:
				model.addAttribute("outcome", People.EmailConfirmation.ALREADY_CONFIRMED.name());
				return "people/email-confirmed";
			case CONFIRM:
			default:
				var outcome = people.confirmEmail(token);
				if (outcome == People.EmailConfirmation.INVALID) {
					return pages.invalidLink("confirm", model, response);
				}
				model.addAttribute("outcome", outcome.name());
				return "people/email-confirmed";
		}
	}

	@PostMapping("/confirm/{token}")
	String confirmWithPassword(@PathVariable String token,
			@Valid @ModelAttribute("newPassword") PasswordPages.NewPasswordForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		var link = people.confirmationLink(token);
		if (link == People.ConfirmationLink.ALREADY_CONFIRMED) {
			model.addAttribute("outcome", People.EmailConfirmation.ALREADY_CONFIRMED.name());
			return "people/email-confirmed";
		}
		if (link != People.ConfirmationLink.CHOOSE_PASSWORD) {
			return pages.invalidLink("confirm", model, response);
		}
		if (pages.rejectPassword(form, errors)) {
			return pages.newPasswordView(PasswordPages.Flow.CONFIRM, token, model);
		}
		var user = people.confirmEmailWithPassword(token, form.password());
		if (user.isEmpty()) {
			return pages.invalidLink("confirm", model, response);
		}
		return pages.signedIn(user.get(), "account.confirmed.withPassword", response);
	}

}
