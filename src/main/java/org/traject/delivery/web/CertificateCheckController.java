package org.traject.delivery.web;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;
import org.traject.delivery.internal.CertificateNumbers;
import org.traject.delivery.internal.LearningRecords;

/**
 * The public check of a certificate: anyone holding the number (an employer, a register)
 * sees whose it is, for which programme, when it was completed and until when it counts;
 * nothing else about the person or the accreditation.
 */
@Controller
class CertificateCheckController {

	private final LearningRecords records;

	CertificateCheckController(LearningRecords records) {
		this.records = records;
	}

	/** A form to type a number in; with a number, the check itself. */
	@GetMapping("/certificates")
	String lookup(@RequestParam(required = false) @Nullable String number, Model model) {
		if (number != null && !number.isBlank()) {
			String normalised = CertificateNumbers.normalise(number);
			String typed = number;
			return "redirect:/certificates/" + UriUtils.encodePathSegment(
					normalised != null ? normalised : typed.substring(0, Math.min(40, typed.length())),
					StandardCharsets.UTF_8);
		}
		return "delivery/certificate-lookup";
	}

	@GetMapping("/certificates/{number}")
	ModelAndView check(@PathVariable String number) {
		var verification = records.verify(number);
		var view = new ModelAndView("delivery/certificate-check");
		view.addObject("number", number);
		if (verification.isEmpty()) {
			view.setStatus(HttpStatus.NOT_FOUND);
			return view;
		}
		view.addObject("verification", verification.get());
		return view;
	}

}
