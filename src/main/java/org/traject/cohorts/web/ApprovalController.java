package org.traject.cohorts.web;

import org.jspecify.annotations.Nullable;
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
 * The manager's approval link: no account needed, works once, until it expires, and only
 * for the enrolment it was made for.
 */
@Controller
class ApprovalController {

	private final Enrolments enrolments;

	ApprovalController(Enrolments enrolments) {
		this.enrolments = enrolments;
	}

	@GetMapping("/approvals/{token}")
	ModelAndView approval(@PathVariable String token, Model model) {
		var request = enrolments.approvalByLink(token);
		if (request.isEmpty()) {
			return OfferController.LinkPages.used(model);
		}
		return new ModelAndView("cohorts/approval", "request", request.get()).addObject("token", token);
	}

	@PostMapping("/approvals/{token}")
	@OnRefusal("/approvals/{token}")
	String decide(@PathVariable String token, @RequestParam String decision,
			@RequestParam(required = false) @Nullable String reason) {
		boolean approve = "approve".equals(decision);
		enrolments.decideApproval(token, approve, reason);
		Flash.success(approve ? "enrolment.approval.approved" : "enrolment.approval.declined");
		return "redirect:/approvals/" + token;
	}

}
