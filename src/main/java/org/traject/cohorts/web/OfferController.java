package org.traject.cohorts.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.traject.web.Flash;
import org.traject.web.OnRefusal;
import org.traject.cohorts.internal.Enrolments;

/**
 * An offered seat, answered from the link in the email without signing in. The link works
 * once.
 */
@Controller
class OfferController {

	private final Enrolments enrolments;

	OfferController(Enrolments enrolments) {
		this.enrolments = enrolments;
	}

	@GetMapping("/offers/{token}")
	ModelAndView offer(@PathVariable String token, Model model) {
		var offer = enrolments.offerByLink(token);
		if (offer.isEmpty()) {
			return LinkPages.used(model);
		}
		return new ModelAndView("cohorts/offer", "offer", offer.get()).addObject("token", token);
	}

	@PostMapping("/offers/{token}")
	@OnRefusal("/offers/{token}")
	String answer(@PathVariable String token, @RequestParam String decision) {
		boolean accept = "accept".equals(decision);
		enrolments.answerOfferByLink(token, accept);
		Flash.success(accept ? "enrolment.offer.accepted" : "enrolment.offer.declined");
		return "redirect:/offers/" + token;
	}

	/**
	 * The page for a link that no longer works: 404, unless it is the answer just given
	 * (then the flash says so).
	 */
	static final class LinkPages {

		private LinkPages() {
		}

		static ModelAndView used(Model model) {
			var mav = new ModelAndView("cohorts/link-used");
			boolean justAnswered = model.containsAttribute("flashSuccess") || model.containsAttribute("flashError");
			mav.setStatus(justAnswered ? HttpStatus.OK : HttpStatus.NOT_FOUND);
			mav.addObject("justAnswered", justAnswered);
			return mav;
		}

	}

}
