package org.traject.delivery.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.delivery.internal.CompletionOutcome;
import org.traject.delivery.internal.Completions;
import org.traject.delivery.internal.LearningRecords;
import org.traject.web.OnRefusal;
import org.traject.web.Flash;
import org.traject.people.Actor;
import org.traject.people.ActingAs;

import static org.traject.people.Actor.Capacity.SECRETARY;

/**
 * The end of a cohort: per participant whether the programme's rule is met (and why not),
 * the secretary's decision, closing the cohort, and the attendance and completion list as
 * a spreadsheet or CSV.
 */
@Controller
class CompletionController {

	private final Completions completions;

	private final LearningRecords records;

	private final DeliveryExport export;

	private final CertificatePdf pdf;

	private final MessageSource messages;

	CompletionController(Completions completions, LearningRecords records, DeliveryExport export, CertificatePdf pdf,
			MessageSource messages) {
		this.completions = completions;
		this.records = records;
		this.export = export;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping("/secretary/cohorts/{id}/completion")
	String board(@PathVariable long id, Model model) {
		model.addAttribute("board", completions.board(id));
		return "delivery/completion";
	}

	@PostMapping("/secretary/cohorts/{id}/completion/{enrolmentId}")
	@OnRefusal("/secretary/cohorts/{id}/completion#participant-{enrolmentId}")
	String decide(@PathVariable long id, @PathVariable long enrolmentId, @RequestParam CompletionOutcome decision,
			@RequestParam(required = false) @Nullable String note, @ActingAs(SECRETARY) Actor actor) {
		var award = completions.decide(id, enrolmentId, decision,
				note != null && note.length() > 1000 ? note.substring(0, 1000) : note, actor.requirePersonId());
		if (award != null) {
			Flash.success("delivery.completion.completed", award.participantName(), award.certificateNumber());
		}
		else {
			Flash.success("delivery.completion.notCompleted");
		}
		return "redirect:/secretary/cohorts/" + id + "/completion#participant-" + enrolmentId;
	}

	@PostMapping("/secretary/cohorts/{id}/close")
	@OnRefusal("/secretary/cohorts/{id}/completion")
	String close(@PathVariable long id, @RequestParam long version) {
		completions.closeCohort(id, version);
		Flash.success("delivery.completion.closed");
		return "redirect:/secretary/cohorts/" + id + "/completion";
	}

	@GetMapping("/secretary/cohorts/{id}/completion.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
		var board = completions.board(id);
		String name = messages.getMessage("delivery.export.file", null, locale);
		return Downloads.attachment(export.xlsx(name, board, locale),
				board.programme().slug() + "-" + board.cohort().code() + "-" + name, "xlsx", Downloads.XLSX);
	}

	@GetMapping("/secretary/cohorts/{id}/completion.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id, Locale locale) {
		var board = completions.board(id);
		String name = messages.getMessage("delivery.export.file", null, locale);
		return Downloads.attachment(export.csv(board, locale),
				board.programme().slug() + "-" + board.cohort().code() + "-" + name, "csv", Downloads.CSV);
	}

	/** Any certificate, for the secretary who sends it on or checks it. */
	@GetMapping("/secretary/delivery/certificates/{number}.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable String number, Locale locale) {
		var award = records.certificate(number).orElseThrow(() -> new java.util.NoSuchElementException(number));
		return Downloads.pdf(pdf.certificate(award, locale, CertificateLinks.checkUrl(award.certificateNumber())),
				award.certificateNumber());
	}

}
