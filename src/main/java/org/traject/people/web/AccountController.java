package org.traject.people.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.traject.people.People;

/**
 * Account flows reached from an email: asking for a password reset, choosing a new password with the link, and
 * confirming an email address. None of them tells a visitor whether an address has an account.
 */
@Controller
@RequestMapping("/account")
class AccountController {

	private static final String REQUEST_VIEW = "people/password-reset";

	private static final String NEW_PASSWORD_VIEW = "people/new-password";

	private static final String INVALID_LINK_VIEW = "people/link-invalid";

	private final People people;

	AccountController(People people) {
		this.people = people;
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
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("validMinutes", People.PASSWORD_RESET_VALIDITY.toMinutes());
			return REQUEST_VIEW;
		}
		people.requestPasswordReset(form.email());
		// the same answer whether or not the address has an account
		redirect.addFlashAttribute("sentTo", form.email().strip());
		return "redirect:/account/password-reset";
	}

	@GetMapping("/password-reset/{token}")
	String newPasswordForm(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!people.isPasswordResetLinkValid(token)) {
			return invalidLink("reset", model, response);
		}
		model.addAttribute("newPassword", new NewPasswordForm("", ""));
		model.addAttribute("token", token);
		model.addAttribute("minLength", People.MIN_PASSWORD_LENGTH);
		return NEW_PASSWORD_VIEW;
	}

	@PostMapping("/password-reset/{token}")
	String resetPassword(@PathVariable String token, @Valid @ModelAttribute("newPassword") NewPasswordForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!people.isPasswordResetLinkValid(token)) {
			return invalidLink("reset", model, response);
		}
		if (!errors.hasFieldErrors("password")
				&& form.password().getBytes(StandardCharsets.UTF_8).length > People.MAX_PASSWORD_BYTES) {
			errors.rejectValue("password", "account.password.tooLong");
		}
		if (!errors.hasFieldErrors("password") && !form.password().equals(form.confirmation())) {
			errors.rejectValue("confirmation", "account.password.mismatch");
		}
		if (errors.hasErrors()) {
			model.addAttribute("token", token);
			model.addAttribute("minLength", People.MIN_PASSWORD_LENGTH);
			return NEW_PASSWORD_VIEW;
		}
		if (!people.resetPassword(token, form.password())) {
			// used in another tab in the meantime
			return invalidLink("reset", model, response);
		}
		redirect.addFlashAttribute("flashSuccess", "account.reset.done");
		return "redirect:/login";
	}

	@GetMapping("/confirm/{token}")
	String confirmEmail(@PathVariable String token, Model model, HttpServletResponse response) {
		var outcome = people.confirmEmail(token);
		if (outcome == People.EmailConfirmation.INVALID) {
			return invalidLink("confirm", model, response);
		}
		model.addAttribute("outcome", outcome.name());
		return "people/email-confirmed";
	}

	/** A used, expired or unknown link: 410 Gone, with a way to get a new one. */
	private String invalidLink(String flow, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		model.addAttribute("flow", flow);
		model.addAttribute("validMinutes", People.PASSWORD_RESET_VALIDITY.toMinutes());
		return INVALID_LINK_VIEW;
	}

	record ResetRequestForm(@NotBlank(message = "{account.email.required}")
			@Email(message = "{account.email.invalid}") String email) {
	}

	record NewPasswordForm(@NotBlank(message = "{account.password.required}")
			@Size(min = People.MIN_PASSWORD_LENGTH, message = "{account.password.tooShort}") String password,
			@Nullable String confirmation) {
	}
}
