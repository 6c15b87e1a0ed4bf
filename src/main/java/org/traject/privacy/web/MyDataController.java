package org.traject.privacy.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.server.ResponseStatusException;
import org.traject.web.Flash;
import org.traject.people.CurrentUser;
import org.traject.privacy.internal.ErasureRequests;
import org.traject.privacy.internal.Erasures;
import org.traject.privacy.internal.DataExports;

/**
 * "Your data" on a signed-in person's own pages: ask for a copy of everything Traject
 * holds about them and download it once it is ready, and ask for their erasure.
 */
@Controller
@RequestMapping("/my/privacy")
class MyDataController {

	private static final String VIEW = "privacy/my";

	private final DataExports exports;

	private final Erasures erasures;

	private final ErasureRequests requests;

	MyDataController(DataExports exports, Erasures erasures, ErasureRequests requests) {
		this.exports = exports;
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

	/**
	 * Asks for a copy: the {@code ExportJob} builds it within seconds and emails a link;
	 * meanwhile this page shows that it is being prepared.
	 */
	@PostMapping("/export")
	String requestExport(@AuthenticationPrincipal CurrentUser user) {
		exports.request(user.personId());
		Flash.success("privacy.my.export.requested");
		return "redirect:/my/privacy";
	}

	/**
	 * The copy, to the person it is about only (anyone else, and a copy that expired or
	 * does not exist, gets 404): the emailed link asks them to sign in first.
	 */
	@GetMapping("/exports/{id}")
	void download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletResponse response)
			throws IOException {
		var copy = exports.download(id, user.personId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(copy.fileName()).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentLength(copy.content().length);
		response.getOutputStream().write(copy.content());
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
		model.addAttribute("export", exports.latest(user.personId()).orElse(null));
		return VIEW;
	}

	/** Asking for erasure needs a tick that says the person understands it is final. */
	record ErasureRequestForm(@AssertTrue(message = "{privacy.my.erasure.understood.required}") boolean understood) {
	}

}
