package org.traject.evaluations.web;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.traject.catalogue.Catalogue;
import org.traject.evaluations.QuestionKind;
import org.traject.evaluations.internal.EvaluationForms;
import org.traject.people.ActingAs;
import org.traject.people.Actor;
import org.traject.people.Actor.Capacity;
import org.traject.web.Flash;

/**
 * The evaluation form of a programme, and the default form of each language, edited by a
 * secretary or an administrator. Saving makes a new version (the rounds already sent keep
 * theirs); a programme without a form of its own starts from the default of its language.
 * A problem is named beside its question, with everything typed kept.
 */
@Controller
class EvaluationFormController {

	private static final List<String> LANGUAGES = List.of("nl", "da", "en");

	private final EvaluationForms forms;

	private final Catalogue catalogue;

	EvaluationFormController(EvaluationForms forms, Catalogue catalogue) {
		this.forms = forms;
		this.catalogue = catalogue;
	}

	@GetMapping("/secretary/evaluations/programmes/{programmeId}/form")
	String programmeForm(@PathVariable long programmeId, Model model) {
		var programme = catalogue.find(programmeId).orElseThrow();
		var form = forms.current(programmeId, programme.language());
		return page(model, programme, form.language(), EvaluationFormForm.of(form), form.isDefault(), Map.of());
	}

	@PostMapping("/secretary/evaluations/programmes/{programmeId}/form")
	String saveProgrammeForm(@PathVariable long programmeId, @ActingAs(Capacity.SECRETARY) Actor actor,
			@ModelAttribute("form") EvaluationFormForm form, Model model) {
		var programme = catalogue.find(programmeId).orElseThrow();
		String language = forms.current(programmeId, programme.language()).language();
		var problems = form.problems();
		if (!problems.isEmpty()) {
			return page(model, programme, language, form, false, problems);
		}
		forms.save(programmeId, language, form.eachSession(), form.drafts(), actor);
		Flash.success("evaluations.form.saved");
		return "redirect:/secretary/evaluations/programmes/" + programmeId + "/form";
	}

	@GetMapping("/secretary/evaluations/default-forms/{language}")
	String defaultForm(@PathVariable String language, Model model) {
		var form = forms.defaultForm(known(language));
		return page(model, null, language, EvaluationFormForm.of(form), false, Map.of());
	}

	@PostMapping("/secretary/evaluations/default-forms/{language}")
	String saveDefaultForm(@PathVariable String language, @ActingAs(Capacity.SECRETARY) Actor actor,
			@ModelAttribute("form") EvaluationFormForm form, Model model) {
		known(language);
		var problems = form.problems();
		if (!problems.isEmpty()) {
			return page(model, null, language, form, false, problems);
		}
		forms.save(null, language, false, form.drafts(), actor);
		Flash.success("evaluations.form.saved");
		return "redirect:/secretary/evaluations/default-forms/" + language;
	}

	private static String known(String language) {
		if (!LANGUAGES.contains(language)) {
			throw new NoSuchElementException("no default form in " + language);
		}
		return language;
	}

	private static String page(Model model, Catalogue.@Nullable ProgrammeView programme, String language,
			EvaluationFormForm form, boolean fromDefault, Map<String, String> problems) {
		model.addAttribute("programme", programme);
		model.addAttribute("language", language);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("problemList",
				problems.entrySet()
					.stream()
					.map(p -> new Problem(p.getKey(),
							Integer.parseInt(p.getKey().substring(p.getKey().indexOf('-') + 1)) + 1, p.getValue()))
					.toList());
		model.addAttribute("fromDefault", fromDefault);
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("rows", form.rows());
		return "evaluations/form";
	}

	/**
	 * A problem for the summary: the field's id, the question's number, the message key.
	 */
	record Problem(String anchor, int number, String key) {
	}

}
