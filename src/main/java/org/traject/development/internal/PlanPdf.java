package org.traject.development.internal;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The development plan as a PDF in the reader's language (OpenPDF, built-in Helvetica:
 * Western European text).
 */
@Component
public class PlanPdf {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);

	private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);

	private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

	private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

	private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);

	private final MessageSource messages;

	PlanPdf(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] render(PlanQueries.PlanPage plan, Locale locale) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 50, 50, 50, 50);
		PdfWriter.getInstance(document, out);
		document.addTitle(text(locale, "development.plan.title") + " – " + plan.ownerName());
		document.open();
		document.add(new Paragraph(text(locale, "development.plan.title") + ": " + plan.ownerName(), TITLE));
		document.add(new Paragraph(
				text(locale, "development.plan.progress", plan.goals().size(), plan.actionsDone(), plan.actionCount())
						+ " · " + date(LocalDate.now(), locale),
				SMALL));
		for (var goal : plan.goals()) {
			var heading = new Paragraph(goal.title(), HEADING);
			heading.setSpacingBefore(14);
			document.add(heading);
			if (!goal.competencies().isEmpty()) {
				document.add(line(locale, "development.goal.competencies",
						String.join(", ", goal.competencies().stream().map(GoalCompetency::competencyName).toList())));
			}
			if (goal.description() != null) {
				document.add(new Paragraph(goal.description(), TEXT));
			}
			if (goal.successCriteria() != null) {
				document.add(line(locale, "development.goal.successCriteria", goal.successCriteria()));
			}
			if (goal.targetDate() != null) {
				document.add(line(locale, "development.goal.targetDate", date(goal.targetDate(), locale)));
			}
			if (!goal.actions().isEmpty()) {
				document.add(new Paragraph(
						text(locale, "development.actions.heading.count", goal.done(), goal.actions().size()), BOLD));
				var table = new PdfPTable(new float[] { 2.2f, 5, 2, 1.8f });
				table.setWidthPercentage(100);
				table.setSpacingBefore(4);
				for (String key : new String[] { "development.action.type", "development.action.description",
						"development.action.due", "development.action.status" }) {
					table.addCell(cell(text(locale, key), BOLD));
				}
				for (var action : goal.actions()) {
					table.addCell(cell(text(locale, "development.actionType." + action.type()), TEXT));
					table.addCell(cell(action.description(), TEXT));
					table.addCell(cell(action.dueDate() == null ? "" : date(action.dueDate(), locale), TEXT));
					table.addCell(cell(text(locale, "development.actionStatus." + action.status()), TEXT));
				}
				document.add(table);
			}
			if (!goal.evidence().isEmpty()) {
				var title = new Paragraph(text(locale, "development.evidence.heading"), BOLD);
				title.setSpacingBefore(6);
				document.add(title);
				for (var entry : goal.evidence()) {
					String file = entry.hasFile() ? " [" + entry.fileName() + "]" : "";
					document.add(new Paragraph(date(entry.date(), locale) + ": " + entry.text() + file, TEXT));
				}
			}
			if (!goal.comments().isEmpty()) {
				var title = new Paragraph(text(locale, "development.comments.heading"), BOLD);
				title.setSpacingBefore(6);
				document.add(title);
				for (var comment : goal.comments()) {
					document.add(new Paragraph(comment.authorName() + ": " + comment.text(), TEXT));
				}
			}
		}
		document.close();
		return out.toByteArray();
	}

	private Paragraph line(Locale locale, String labelKey, String value) {
		var p = new Paragraph();
		p.add(new Phrase(text(locale, labelKey) + ": ", BOLD));
		p.add(new Phrase(value, TEXT));
		return p;
	}

	private static PdfPCell cell(String text, Font font) {
		var cell = new PdfPCell(new Phrase(text, font));
		cell.setPadding(4);
		cell.setVerticalAlignment(Element.ALIGN_TOP);
		return cell;
	}

	private String text(Locale locale, String key, @Nullable Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

}
