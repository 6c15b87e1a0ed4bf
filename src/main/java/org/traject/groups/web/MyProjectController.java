package org.traject.groups.web;

import java.util.NoSuchElementException;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.traject.groups.internal.ProjectWork;
import org.traject.groups.web.GroupForms.ProductForm;
import org.traject.groups.web.GroupForms.QuestionForm;
import org.traject.people.Actor;
import org.traject.web.Flash;
import org.traject.web.OnRefusal;
import org.traject.web.Refusals;

/**
 * A project group's work on its page: the members or the facilitator write the question
 * and deliver the product (a file and a description); the expert publishes the product to
 * the programme's library or takes it off. Someone who may not do a thing does not find
 * the group.
 */
@Controller
@RequestMapping("/my/groups/{groupId}")
@OnRefusal("/my/groups/{groupId}")
class MyProjectController {

	private final MemberPage memberPage;

	private final ProjectWork work;

	MyProjectController(MemberPage memberPage, ProjectWork work) {
		this.memberPage = memberPage;
		this.work = work;
	}

	@PostMapping("/question")
	String question(@PathVariable long groupId, @Valid @ModelAttribute("questionForm") QuestionForm form,
			BindingResult errors, Actor actor, Model model) {
		var mine = memberPage.mine(groupId, actor);
		if (!mine.group().worksOnProject(actor.requirePersonId())) {
			throw new NoSuchElementException("No project group " + groupId);
		}
		if (Refusals.applied(errors,
				() -> work.writeQuestion(mine.group(), actor.requirePersonId(), String.valueOf(form.question())))) {
			Flash.success("groups.question.saved");
			return "redirect:/my/groups/" + groupId + "#project";
		}
		return memberPage.render(mine, actor, model);
	}

	@PostMapping("/product")
	String deliver(@PathVariable long groupId, @Valid @ModelAttribute("productForm") ProductForm form,
			BindingResult errors, Actor actor, Model model) {
		var mine = memberPage.mine(groupId, actor);
		MultipartFile file = form.file();
		if (!mine.group().worksOnProject(actor.requirePersonId())) {
			throw new NoSuchElementException("No project group " + groupId);
		}
		String problem = ProductUploads.problem(file);
		if (problem != null) {
			errors.reject(problem, problem);
			model.addAttribute("fileProblem", problem);
		}
		if (file != null && Refusals.applied(errors, () -> work.deliver(mine.group(), actor.requirePersonId(),
				String.valueOf(form.description()), ProductUploads.of(file)))) {
			Flash.success("groups.product.delivered");
			return "redirect:/my/groups/" + groupId + "#project";
		}
		// the form comes back with its errors, also over a published product
		model.addAttribute("productErrors", true);
		return memberPage.render(mine, actor, model);
	}

	@GetMapping("/product/file")
	ResponseEntity<byte[]> file(@PathVariable long groupId, Actor actor) {
		memberPage.mine(groupId, actor);
		return ProductUploads
			.download(work.file(groupId).orElseThrow(() -> new NoSuchElementException("No product of " + groupId)));
	}

	@PostMapping("/product/publish")
	String publish(@PathVariable long groupId, Actor actor) {
		work.publish(expertsGroup(groupId, actor), actor.requirePersonId());
		Flash.success("groups.product.published");
		return "redirect:/my/groups/" + groupId + "#project";
	}

	@PostMapping("/product/unpublish")
	String unpublish(@PathVariable long groupId, Actor actor) {
		work.unpublish(expertsGroup(groupId, actor));
		Flash.success("groups.product.unpublished");
		return "redirect:/my/groups/" + groupId + "#project";
	}

	private org.traject.groups.internal.GroupViews.Group expertsGroup(long groupId, Actor actor) {
		var group = memberPage.mine(groupId, actor).group();
		if (!group.project() || !group.expertIs(actor.requirePersonId())) {
			throw new NoSuchElementException("No project group " + groupId + " with this expert");
		}
		return group;
	}

}
