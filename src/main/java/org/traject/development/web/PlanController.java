package org.traject.development.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.traject.development.internal.ActionStatus;
import org.traject.development.internal.ActionType;
import org.traject.development.internal.DevelopmentRuleException;
import org.traject.development.internal.EvidenceFiles;
import org.traject.development.internal.MeasurementResults;
import org.traject.development.internal.Measurements;
import org.traject.development.internal.PlanPdf;
import org.traject.development.internal.PlanQueries;
import org.traject.development.internal.Plans;
import org.traject.development.internal.Viewer;
import org.traject.people.CurrentUser;
import org.traject.web.Htmx;

/**
 * The participant's own development plan: goals (suggested from the top of the
 * development potential), actions, evidence, the PDF, and who it is shared with.
 */
@Controller
@RequestMapping("/my/plan")
class PlanController {

	private final Plans plans;

	private final PlanQueries queries;

	private final Measurements measurements;

	private final MeasurementResults results;

	private final PlanPdf pdf;

	PlanController(Plans plans, PlanQueries queries, Measurements measurements, MeasurementResults results,
			PlanPdf pdf) {
		this.plans = plans;
		this.queries = queries;
		this.measurements = measurements;
		this.results = results;
		this.pdf = pdf;
	}

	@GetMapping
	String plan(@AuthenticationPrincipal CurrentUser user, Model model) {
		var planId = plans.planOf(user.personId());
		model.addAttribute("plan", planId.map(id -> queries.page(id, Viewer.OWNER, user.personId())).orElse(null));
		return "development/plan";
	}

	@GetMapping("/goals/new")
	String newGoal(@RequestParam(required = false) @Nullable List<Long> competency,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		String title = "";
		model.addAttribute("goalForm", new Forms.GoalForm(title, null, null, null, competency, null));
		return goalFormPage(user, model, locale);
	}

	@PostMapping("/goals")
	String addGoal(@Valid @ModelAttribute("goalForm") Forms.GoalForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				long id = plans.addGoal(user.personId(), form.details(), form.chosen());
				Flash.success(redirect, "development.goal.added", form.title());
				return "redirect:/my/plan/goals/" + id;
			}
			catch (DevelopmentRuleException ex) {
				Flash.reject(errors, ex);
			}
		}
		return goalFormPage(user, model, locale);
	}

	@GetMapping("/goals/{goalId}")
	String goal(@PathVariable long goalId, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		plans.ownGoal(user.personId(), goalId);
		return goalPage(goalId, user, model, locale);
	}

	/**
	 * Changing the goal itself is a page of its own, apart from its actions and evidence.
	 */
	@GetMapping("/goals/{goalId}/edit")
	String editGoal(@PathVariable long goalId, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		plans.ownGoal(user.personId(), goalId);
		return goalEditPage(goalId, user, model, locale);
	}

	@PostMapping("/goals/{goalId}")
	String reviseGoal(@PathVariable long goalId, @Valid @ModelAttribute("goalForm") Forms.GoalForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		plans.ownGoal(user.personId(), goalId);
		if (!errors.hasErrors()) {
			try {
				plans.reviseGoal(user.personId(), goalId, form.version() == null ? -1 : form.version(), form.details(),
						form.chosen());
				Flash.success(redirect, "development.goal.saved", form.title());
				return "redirect:/my/plan/goals/" + goalId;
			}
			catch (DevelopmentRuleException ex) {
				Flash.reject(errors, ex);
			}
		}
		return goalEditPage(goalId, user, model, locale);
	}

	@PostMapping("/goals/{goalId}/actions")
	String addAction(@PathVariable long goalId, @Valid @ModelAttribute("actionForm") Forms.ActionForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		plans.ownGoal(user.personId(), goalId);
		if (errors.hasErrors()) {
			return goalPage(goalId, user, model, locale);
		}
		plans.addAction(user.personId(), goalId, form.actionType(), form.actionDescription(), form.dueDate());
		Flash.success(redirect, "development.action.added");
		return "redirect:/my/plan/goals/" + goalId + "#actions";
	}

	/**
	 * Moves an action to another status; htmx swaps the row, without JavaScript the page
	 * reloads.
	 */
	@PostMapping("/goals/{goalId}/actions/{actionId}")
	String moveAction(@PathVariable long goalId, @PathVariable long actionId, @RequestParam long version,
			@RequestParam ActionStatus status, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		plans.moveAction(user.personId(), goalId, actionId, version, status);
		if (Htmx.isHtmxRequest(request)) {
			var page = queries.page(plans.planOf(user.personId()).orElseThrow(), Viewer.OWNER, user.personId());
			model.addAttribute("goal", page.goal(goalId).orElseThrow());
			model.addAttribute("statuses", ActionStatus.values());
			return "development/goal :: actions";
		}
		Flash.success(redirect, "development.action.moved");
		return "redirect:/my/plan/goals/" + goalId + "#actions";
	}

	@PostMapping("/goals/{goalId}/evidence")
	String addEvidence(@PathVariable long goalId, @Valid @ModelAttribute("evidenceForm") Forms.EvidenceForm form,
			BindingResult errors, @RequestParam(required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect)
			throws IOException {
		plans.ownGoal(user.personId(), goalId);
		Plans.Upload upload = null;
		if (file != null && !file.isEmpty()) {
			String name = EvidenceFiles.safeName(String.valueOf(file.getOriginalFilename()));
			String type = EvidenceFiles.contentType(name);
			if (type == null) {
				errors.rejectValue("text", "development.evidence.fileType", "development.evidence.fileType");
			}
			else if (file.getSize() > EvidenceFiles.MAX_BYTES) {
				errors.rejectValue("text", "development.evidence.fileSize", "development.evidence.fileSize");
			}
			else {
				upload = new Plans.Upload(name, type, file.getBytes());
			}
		}
		if (errors.hasErrors()) {
			return goalPage(goalId, user, model, locale);
		}
		plans.addEvidence(user.personId(), goalId, form.entryDate(), form.text(), upload);
		Flash.success(redirect, "development.evidence.added");
		return "redirect:/my/plan/goals/" + goalId + "#evidence";
	}

	@GetMapping(value = "/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		long planId = plans.planOf(user.personId()).orElseThrow();
		byte[] body = pdf.render(queries.page(planId, Viewer.OWNER, user.personId()), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("development-plan.pdf").build().toString())
			.body(body);
	}

	@GetMapping("/sharing")
	String sharing(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("managerShareForm", Forms.ManagerShareForm.empty());
		return sharingPage(user, model);
	}

	@PostMapping("/sharing/coach")
	String shareWithCoach(@RequestParam long coachId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			plans.shareWithCoach(user.personId(), coachId);
			Flash.success(redirect, "development.share.added");
		}
		catch (DevelopmentRuleException ex) {
			Flash.error(redirect, ex);
		}
		return "redirect:/my/plan/sharing";
	}

	@PostMapping("/sharing/manager")
	String shareWithManager(@Valid @ModelAttribute("managerShareForm") Forms.ManagerShareForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				plans.shareWithManager(user.personId(), form.managerEmail(),
						form.managerName() == null ? "" : form.managerName());
				Flash.success(redirect, "development.share.added");
				return "redirect:/my/plan/sharing";
			}
			catch (DevelopmentRuleException ex) {
				Flash.reject(errors, ex);
			}
		}
		return sharingPage(user, model);
	}

	@PostMapping("/sharing/revoke")
	String revoke(@RequestParam long share, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		plans.revoke(user.personId(), share);
		Flash.success(redirect, "development.share.revoked");
		return "redirect:/my/plan/sharing";
	}

	private String sharingPage(CurrentUser user, Model model) {
		var planId = plans.planOf(user.personId());
		var shares = planId.map(queries::shares).orElse(List.of());
		var sharedWith = shares.stream().map(PlanQueries.ShareView::personId).toList();
		var coaches = plans.coaches().stream().filter(c -> c.id() != user.personId()).toList();
		model.addAttribute("shares", shares);
		// a coach who already reads the plan is not offered again
		model.addAttribute("coaches", coaches.stream().filter(c -> !sharedWith.contains(c.id())).toList());
		model.addAttribute("anyCoach", !coaches.isEmpty());
		return "development/sharing";
	}

	private String goalFormPage(CurrentUser user, Model model, Locale locale) {
		model.addAttribute("options", plans.competencyOptions(user.personId(), locale));
		model.addAttribute("top",
				measurements.latestSubmitted(user.personId())
					.map(a -> results.of(a, locale, false).top())
					.orElse(List.of()));
		return "development/goal-new";
	}

	private String goalPage(long goalId, CurrentUser user, Model model, Locale locale) {
		model.addAttribute("goal", ownGoalView(goalId, user));
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("types", ActionType.values());
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", Forms.ActionForm.empty());
		}
		if (!model.containsAttribute("evidenceForm")) {
			model.addAttribute("evidenceForm", Forms.EvidenceForm.today());
		}
		return "development/goal";
	}

	private String goalEditPage(long goalId, CurrentUser user, Model model, Locale locale) {
		var goal = ownGoalView(goalId, user);
		model.addAttribute("goal", goal);
		if (!model.containsAttribute("goalForm")) {
			model.addAttribute("goalForm",
					new Forms.GoalForm(goal.title(), goal.description(), goal.successCriteria(), goal.targetDate(),
							plans.asOptions(user.personId(),
									goal.competencies().stream().map(c -> c.competencyId()).toList(), locale),
							goal.version()));
		}
		model.addAttribute("options", plans.competencyOptions(user.personId(), locale));
		return "development/goal-edit";
	}

	private PlanQueries.GoalView ownGoalView(long goalId, CurrentUser user) {
		long planId = plans.planOf(user.personId()).orElseThrow();
		var page = queries.page(planId, Viewer.OWNER, user.personId());
		return page.goal(goalId).orElseThrow(() -> new NoSuchElementException("goal " + goalId));
	}

}
