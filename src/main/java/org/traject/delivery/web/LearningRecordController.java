package org.traject.delivery.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.traject.web.Flash;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.traject.delivery.internal.Attendance;
import org.traject.delivery.CareerOutcomeKind;
import org.traject.delivery.internal.CareerOutcomes;
import org.traject.delivery.internal.LearningRecords;
import org.traject.people.CurrentUser;

/**
 * A participant's learning record, their certificates and their career outcomes.
 * Everything here is the signed-in person's own: another person's certificate or award is
 * "not found", never "forbidden".
 */
@Controller
class LearningRecordController {

	private final LearningRecords records;

	private final Attendance attendance;

	private final CareerOutcomes outcomes;

	private final CertificatePdf pdf;

	private final DeliveryExport export;

	private final MessageSource messages;

	LearningRecordController(LearningRecords records, Attendance attendance, CareerOutcomes outcomes,
			CertificatePdf pdf, DeliveryExport export, MessageSource messages) {
		this.records = records;
		this.attendance = attendance;
		this.outcomes = outcomes;
		this.pdf = pdf;
		this.export = export;
		this.messages = messages;
	}

	@GetMapping("/my/record")
	String record(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("record", records.of(user.personId()));
		model.addAttribute("attendance", attendance.ofPerson(user.personId()));
		model.addAttribute("kinds", CareerOutcomeKind.values());
		model.addAttribute("today", LocalDate.now());
		return "delivery/record";
	}

	@GetMapping("/my/record.pdf")
	ResponseEntity<byte[]> recordPdf(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return Downloads.pdf(pdf.record(user.displayName(), records.of(user.personId()), locale),
				messages.getMessage("delivery.record.file", null, locale));
	}

	@GetMapping("/my/record.csv")
	ResponseEntity<byte[]> recordCsv(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return Downloads.attachment(export.recordCsv(records.of(user.personId()), locale),
				messages.getMessage("delivery.record.file", null, locale), "csv", Downloads.CSV);
	}

	@GetMapping("/my/certificates/{number}.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable String number, @AuthenticationPrincipal CurrentUser user,
			Locale locale) {
		var award = records.ownCertificate(user.personId(), number)
			.orElseThrow(() -> new NoSuchElementException("No certificate " + number + " of this person"));
		return Downloads.pdf(pdf.certificate(award, locale, CertificateLinks.checkUrl(award.certificateNumber())),
				award.certificateNumber());
	}

	@PostMapping("/my/record/{awardId}/outcome")
	String recordOutcome(@PathVariable long awardId, OutcomeInput outcome, @AuthenticationPrincipal CurrentUser user) {
		if (!outcome.valid()) {
			// someone else's award stays "not found" even with invalid input
			records.of(user.personId())
				.awards()
				.stream()
				.filter(a -> a.id() == awardId)
				.findFirst()
				.orElseThrow(() -> new NoSuchElementException("No award " + awardId));
			Flash.error("delivery.outcome.invalid");
			return "redirect:/my/record#award-" + awardId;
		}
		outcomes.recordOwn(user.personId(), awardId, outcome.kind(), outcome.roleTitle(), outcome.occurredOn());
		Flash.success("delivery.outcome.saved");
		return "redirect:/my/record#award-" + awardId;
	}

}
