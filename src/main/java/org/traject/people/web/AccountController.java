package org.traject.people.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

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
import org.traject.web.Flash;
import org.traject.people.People;
import org.traject.web.IncomingText;
import org.traject.web.Honeypot;

/**
 * Asking for a password reset and choosing a new password with the emailed link. The
 * answer never tells a visitor whether an address has an account. Confirming an email
 * address is in {@link EmailConfirmationController}.
 */
@Controller
@RequestMapping("/account")
class AccountController {

	private static final String REQUEST_VIEW = "people/password-reset";

	private final People people;

	private final PasswordPages pages;

	AccountController(People people, PasswordPages pages) {
		this.people = people;
		this.pages = pages;
	}

	/** A password keeps its spaces: the sign-in form compares it as typed. */
	@InitBinder("newPassword")
	void keepSpacesInPasswords(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, IncomingText.untrimmed());
	}

	@GetMapping("/password-reset")
	String resetForm(Model model) {
		if (!model.containsAttribute("resetRequest")) {
			model.addAttribute("resetRequest", new ResetRequestForm(""));
		}
		model.addAttribute("validMinutes", People.PASSWORD_RESET_VALIDITY.toMinutes());
		return REQUEST_VIEW;
	}

	@PostMapping("/password-reset")
	String requestReset(@Valid @ModelAttribute("resetRequest") ResetRequestForm form, BindingResult errors,
			Model model) {
		if (Honeypot.tripped() && !errors.hasErrors()) {
			Flash.attribute("sentTo", form.email());
			return "redirect:/account/password-reset";
		}
		if (errors.hasErrors()) {
			model.addAttribute("validMinutes", People.PASSWORD_RESET_VALIDITY.toMinutes());
			return REQUEST_VIEW;
		}
		people.requestPasswordReset(form.email());
		// the same answer whether or not the address has an account
		Flash.attribute("sentTo", form.email());
		return "redirect:/account/password-reset";
	}

	@GetMapping("/password-reset/{token}")
	String newPasswordForm(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!people.isPasswordResetLinkValid(token)) {
			return pages.invalidLink("reset", model, response);
		}
		model.addAttribute("newPassword", new PasswordPages.NewPasswordForm("", ""));
		return pages.newPasswordView(PasswordPages.Flow.RESET, token, model);
	}

	@PostMapping("/password-reset/{token}")
	String resetPassword(@PathVariable String token,
			@Valid @ModelAttribute("newPassword") PasswordPages.NewPasswordForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		if (!people.isPasswordResetLinkValid(token)) {
			return pages.invalidLink("reset", model, response);
		}
		if (pages.rejectPassword(form, errors)) {
			return pages.newPasswordView(PasswordPages.Flow.RESET, token, model);
		}
		var user = people.resetPassword(token, form.password());
		if (user.isEmpty()) {
			// used in another tab in the meantime
			return pages.invalidLink("reset", model, response);
		}
		return pages.signedIn(user.get(), "account.reset.done", response);
	}

	record ResetRequestForm(
			@NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}") String email) {
	}

}
