package org.traject.development.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.traject.development.internal.PlanPdf;
import org.traject.development.internal.PlanQueries;
import org.traject.development.internal.Plans;
import org.traject.development.internal.Viewer;
import org.traject.people.Actor;

/**
 * The participant's own development plan as a whole: the page and its PDF. Goals are in
 * {@link GoalController}, their actions and evidence in {@link GoalWorkController}, who
 * reads the plan in {@link PlanSharingController}.
 */
@Controller
@RequestMapping("/my/plan")
class PlanController {

	private final Plans plans;

	private final PlanQueries queries;

	private final PlanPdf pdf;

	PlanController(Plans plans, PlanQueries queries, PlanPdf pdf) {
		this.plans = plans;
		this.queries = queries;
		this.pdf = pdf;
	}

	@GetMapping
	String plan(Actor me, Model model) {
		long personId = me.requirePersonId();
		var planId = plans.planOf(personId);
		model.addAttribute("plan", planId.map(id -> queries.page(id, Viewer.OWNER, personId)).orElse(null));
		return "development/plan";
	}

	@GetMapping(value = "/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(Actor me, Locale locale) {
		long personId = me.requirePersonId();
		long planId = plans.planOf(personId).orElseThrow();
		byte[] body = pdf.render(queries.page(planId, Viewer.OWNER, personId), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("development-plan.pdf").build().toString())
			.body(body);
	}

}
