package org.traject.security.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	/**
	 * Session attribute the failure handler fills, so a wrong password never costs the
	 * email typed.
	 */
	static final String LAST_EMAIL = "traject.login.lastEmail";

	@GetMapping("/login")
	String login(@Nullable Authentication authentication, HttpServletRequest request, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		var session = request.getSession(false);
		Object email = session == null ? null : session.getAttribute(LAST_EMAIL);
		model.addAttribute("email", email == null ? "" : email);
		String error = request.getParameter("error");
		model.addAttribute("failed", "credentials".equals(error));
		model.addAttribute("disabled", "disabled".equals(error));
		model.addAttribute("locked", "locked".equals(error));
		model.addAttribute("loggedOut", request.getParameter("signedOut") != null);
		return "security/login";
	}

}
