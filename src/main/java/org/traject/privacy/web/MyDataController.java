package org.traject.privacy.web;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.traject.web.Flash;
import org.traject.people.CurrentUser;
import org.traject.privacy.internal.ErasureRequests;
import org.traject.privacy.internal.Erasures;
import org.traject.privacy.internal.PersonalDataArchive;

/**
 * "Your data" on a signed-in person's own pages: download a copy of everything Traject
 * holds about them, and ask for their erasure.
 */
@Controller
@RequestMapping("/my/privacy")
class MyDataController {

	private static final String VIEW = "privacy/my";

	private final PersonalDataArchive archive;

	private final Erasures erasures;

	private final ErasureRequests requests;

	MyDataController(PersonalDataArchive archive, Erasures erasures, ErasureRequests requests) {
		this.archive = archive;
		this.erasures = erasures;
		this.requests = requests;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!model.containsAttribute("erasure")) {
			model.addAttribute("erasure", new ErasureRequestForm(false));
		}
		return view(user, model);
	}

	/** The ZIP, built while the person waits (see {@link PersonalDataArchive}). */
	@GetMapping("/export")
	void export(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(PersonalDataArchive.fileName(Instant.now()))
					.build()
					.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		archive.write(user.personId(), user.personId(), response.getOutputStream());
	}

	@PostMapping("/erasure")
	String requestErasure(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("erasure") ErasureRequestForm form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return view(user, model);
		}
		boolean opened = erasures.request(user.personId(), user.personId());
		Flash.success(opened ? "privacy.my.erasure.requested" : "privacy.my.erasure.alreadyRequested");
		return "redirect:/my/privacy";
	}

	private String view(CurrentUser user, Model model) {
		model.addAttribute("pendingSince", requests.pendingSince(user.personId()).orElse(null));
		model.addAttribute("holds", erasures.legalHolds(user.personId()));
		return VIEW;
	}

	/** Asking for erasure needs a tick that says the person understands it is final. */
	record ErasureRequestForm(@AssertTrue(message = "{privacy.my.erasure.understood.required}") boolean understood) {
	}

}
