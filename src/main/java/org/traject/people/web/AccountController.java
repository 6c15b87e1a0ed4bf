package org.traject.people.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.web.IncomingText;
import org.traject.web.Honeypot;

/**
 * Account flows reached from an email: asking for a password reset, choosing a new
 * password with the link, and confirming an email address. None of them tells a visitor
 * whether an address has an account.
 */
@Controller
@RequestMapping("/account")
class AccountController {

	private static final String REQUEST_VIEW = "people/password-reset";

	private static final String NEW_PASSWORD_VIEW = "people/new-password";

	private static final String INVALID_LINK_VIEW = "people/link-invalid";

	private final People people;

	private final LinkSignIn linkSignIn;

	AccountController(People people, LinkSignIn linkSignIn) {
		this.people = people;
		this.linkSignIn = linkSignIn;
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
	String requestReset(@Valid @ModelAttribute("resetRequest") ResetRequestForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (Honeypot.tripped() && !errors.hasErrors()) {
			redirect.addFlashAttribute("sentTo", form.email());
			return "redirect:/account/password-reset";
		}
		if (errors.hasErrors()) {
			model.addAttribute("validMinutes", People.PASSWORD_RESET_VALIDITY.toMinutes());
			return REQUEST_VIEW;
		}
		people.requestPasswordReset(form.email());
		// the same answer whether or not the address has an account
		redirect.addFlashAttribute("sentTo", form.email());
		return "redirect:/account/password-reset";
	}

	@GetMapping("/password-reset/{token}")
	String newPasswordForm(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!people.isPasswordResetLinkValid(token)) {
			return invalidLink("reset", model, response);
		}
		model.addAttribute("newPassword", new NewPasswordForm("", ""));
		return newPasswordView(PasswordFlow.RESET, token, model);
	}

	@PostMapping("/password-reset/{token}")
	String resetPassword(@PathVariable String token, @Valid @ModelAttribute("newPassword") NewPasswordForm form,
			BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!people.isPasswordResetLinkValid(token)) {
			return invalidLink("reset", model, response);
		}
		if (rejectPassword(form, errors)) {
			return newPasswordView(PasswordFlow.RESET, token, model);
		}
		var user = people.resetPassword(token, form.password());
		if (user.isEmpty()) {
			// used in another tab in the meantime
			return invalidLink("reset", model, response);
		}
		return signedIn(user.get(), "account.reset.done", request, response);
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
				return invalidLink("confirm", model, response);
			case CHOOSE_PASSWORD:
				model.addAttribute("newPassword", new NewPasswordForm("", ""));
				return newPasswordView(PasswordFlow.CONFIRM, token, model);
			case ALREADY_CONFIRMED:
				model.addAttribute("outcome", People.EmailConfirmation.ALREADY_CONFIRMED.name());
				return "people/email-confirmed";
			case CONFIRM:
			default:
				var outcome = people.confirmEmail(token);
				if (outcome == People.EmailConfirmation.INVALID) {
					return invalidLink("confirm", model, response);
				}
				model.addAttribute("outcome", outcome.name());
				return "people/email-confirmed";
		}
	}

	@PostMapping("/confirm/{token}")
	String confirmWithPassword(@PathVariable String token, @Valid @ModelAttribute("newPassword") NewPasswordForm form,
			BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response) {
		var link = people.confirmationLink(token);
		if (link == People.ConfirmationLink.ALREADY_CONFIRMED) {
			model.addAttribute("outcome", People.EmailConfirmation.ALREADY_CONFIRMED.name());
			return "people/email-confirmed";
		}
		if (link != People.ConfirmationLink.CHOOSE_PASSWORD) {
			return invalidLink("confirm", model, response);
		}
		if (rejectPassword(form, errors)) {
			return newPasswordView(PasswordFlow.CONFIRM, token, model);
		}
		var user = people.confirmEmailWithPassword(token, form.password());
		if (user.isEmpty()) {
			return invalidLink("confirm", model, response);
		}
		return signedIn(user.get(), "account.confirmed.withPassword", request, response);
	}

	/**
	 * The link proved the address and the password was just chosen: the person is signed
	 * in and lands on their start page. A deactivated account is not signed in; it goes
	 * to the sign-in page, which says why.
	 */
	private String signedIn(CurrentUser user, String message, HttpServletRequest request,
			HttpServletResponse response) {
		if (!linkSignIn.signIn(user, request, response)) {
			return "redirect:/login?error=disabled";
		}
		people.recordSignIn(user.personId());
		RequestContextUtils.getOutputFlashMap(request).put("flashSuccess", message);
		return "redirect:" + user.startPage();
	}

	/**
	 * The checks the annotations cannot make: at most 72 bytes (BCrypt's limit), and
	 * typed the same twice.
	 */
	private static boolean rejectPassword(NewPasswordForm form, BindingResult errors) {
		if (!errors.hasFieldErrors("password")
				&& form.password().getBytes(StandardCharsets.UTF_8).length > People.MAX_PASSWORD_BYTES) {
			errors.rejectValue("password", "account.password.tooLong");
		}
		if (!errors.hasFieldErrors("password") && !form.password().equals(form.confirmation())) {
			errors.rejectValue("confirmation", "account.password.mismatch");
		}
		return errors.hasErrors();
	}

	private static String newPasswordView(PasswordFlow flow, String token, Model model) {
		model.addAttribute("flow", flow.name().toLowerCase(java.util.Locale.ROOT));
		model.addAttribute("action", flow.path + token);
		model.addAttribute("minLength", People.MIN_PASSWORD_LENGTH);
		return NEW_PASSWORD_VIEW;
	}

	/** The two links that lead to choosing a password. */
	private enum PasswordFlow {

		RESET("/account/password-reset/"), CONFIRM("/account/confirm/");

		private final String path;

		PasswordFlow(String path) {
			this.path = path;
		}

	}

	/** A used, expired or unknown link: 410 Gone, with a way to get a new one. */
	private String invalidLink(String flow, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		model.addAttribute("flow", flow);
		model.addAttribute("validMinutes", People.PASSWORD_RESET_VALIDITY.toMinutes());
		return INVALID_LINK_VIEW;
	}

	record ResetRequestForm(
			@NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}") String email) {
	}

	record NewPasswordForm(@NotBlank(message = "{account.password.required}") @Size(min = People.MIN_PASSWORD_LENGTH,
			message = "{account.password.tooShort}") String password, @Nullable String confirmation) {
	}

}
