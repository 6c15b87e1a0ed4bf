package org.traject.people.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.traject.people.CurrentUser;
import org.traject.people.People;

/**
 * What the two links that lead to choosing a password share: the form and its checks, the
 * page for a link that no longer works, and signing the person in once the password is
 * chosen.
 */
@Component
class PasswordPages {

	static final String NEW_PASSWORD_VIEW = "people/new-password";

	static final String INVALID_LINK_VIEW = "people/link-invalid";

	private final People people;

	private final LinkSignIn linkSignIn;

	PasswordPages(People people, LinkSignIn linkSignIn) {
		this.people = people;
		this.linkSignIn = linkSignIn;
	}

	/**
	 * The link proved the address and the password was just chosen: the person is signed
	 * in and lands on their start page. A deactivated account is not signed in; it goes
	 * to the sign-in page, which says why.
	 */
	String signedIn(CurrentUser user, String message, HttpServletResponse response) {
		var request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
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
	boolean rejectPassword(NewPasswordForm form, BindingResult errors) {
		if (!errors.hasFieldErrors("password")
				&& form.password().getBytes(StandardCharsets.UTF_8).length > People.MAX_PASSWORD_BYTES) {
			errors.rejectValue("password", "account.password.tooLong");
		}
		if (!errors.hasFieldErrors("password") && !form.password().equals(form.confirmation())) {
			errors.rejectValue("confirmation", "account.password.mismatch");
		}
		return errors.hasErrors();
	}

	String newPasswordView(Flow flow, String token, Model model) {
		model.addAttribute("flow", flow.name().toLowerCase(java.util.Locale.ROOT));
		model.addAttribute("action", flow.path + token);
		model.addAttribute("minLength", People.MIN_PASSWORD_LENGTH);
		return NEW_PASSWORD_VIEW;
	}

	/** The two links that lead to choosing a password. */
	enum Flow {

		RESET("/account/password-reset/"), CONFIRM("/account/confirm/");

		private final String path;

		Flow(String path) {
			this.path = path;
		}

	}

	/** A used, expired or unknown link: 410 Gone, with a way to get a new one. */
	String invalidLink(String flow, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		model.addAttribute("flow", flow);
		model.addAttribute("validMinutes", People.PASSWORD_RESET_VALIDITY.toMinutes());
		return INVALID_LINK_VIEW;
	}

	record NewPasswordForm(@NotBlank(message = "{account.password.required}") @Size(min = People.MIN_PASSWORD_LENGTH,
			message = "{account.password.tooShort}") String password, @Nullable String confirmation) {
	}

}
