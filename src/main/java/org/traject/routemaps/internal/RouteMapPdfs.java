package org.traject.routemaps.internal;

import java.io.ByteArrayOutputStream;
import java.util.List;
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
import org.traject.routemaps.Enums.Audience;
import org.traject.routemaps.Enums.Membership;
import org.traject.routemaps.Enums;
import org.traject.routemaps.internal.RouteMapVersion.Card;
import org.traject.routemaps.internal.RouteMapVersion.Step;
import org.traject.web.Formats;

/**
 * The printable conversation cards (two to a row, to cut out) and the partnership board
 * with its summary, in the reader's language (OpenPDF, built-in Helvetica: Western
 * European text).
 */
@Component
public class RouteMapPdfs {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);

	private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);

	private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

	private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

	private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8);

	private final MessageSource messages;

	RouteMapPdfs(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The cards of one step (or all steps for null), for members new to the partnership,
	 * already in it, or (null) everyone, each card marked with its audience.
	 */
	public byte[] cards(RouteMapVersion version, @Nullable Integer stepPosition, @Nullable Membership audience,
			Locale locale) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 36, 36, 36, 36);
		PdfWriter.getInstance(document, out);
		String name = version.name().text(locale);
		document.addTitle(name);
		document.open();
		document.add(new Paragraph(name, TITLE));
		document.add(new Paragraph(
				text(locale,
						audience == null ? "routemaps.cards.forEveryone" : "routemaps.cards.for." + audience.name()),
				TEXT));
		if (version.example()) {
			document.add(new Paragraph(text(locale, "routemaps.example.note"), SMALL));
		}
		for (Step step : version.steps()) {
			if (stepPosition != null && step.position() != stepPosition) {
				continue;
			}
			var heading = new Paragraph(
					text(locale, "routemaps.step.numbered", step.position(), step.title().text(locale)), HEADING);
			heading.setSpacingBefore(14);
			heading.setSpacingAfter(6);
			document.add(heading);
			if (step.purpose() != null) {
				document.add(new Paragraph(step.purpose().text(locale), TEXT));
			}
			List<Card> cards = step.cardsFor(audience);
			var table = new PdfPTable(2);
			table.setWidthPercentage(100);
			table.setSpacingBefore(6);
			for (Card card : cards) {
				table.addCell(card(step, card, locale));
			}
			table.completeRow();
			if (!cards.isEmpty()) {
				document.add(table);
			}
		}
		document.close();
		return out.toByteArray();
	}

	private PdfPCell card(Step step, Card card, Locale locale) {
		var cell = new PdfPCell();
		cell.setPadding(10);
		cell.setBorderWidth(1.5f);
		cell.setVerticalAlignment(Element.ALIGN_TOP);
		cell.addElement(new Paragraph(
				text(locale, "routemaps.cards.stepLabel", step.position(), step.title().text(locale)), SMALL));
		cell.addElement(new Paragraph(card.title().text(locale), HEADING));
		if (card.audience() != Audience.ALL) {
			cell.addElement(new Paragraph(text(locale, "routemaps.audience." + card.audience().name()), SMALL));
		}
		cell.addElement(label(text(locale, "routemaps.card.questions")));
		for (String question : card.questions().lines(locale)) {
			cell.addElement(new Paragraph("• " + question, TEXT));
		}
		if (card.attention() != null) {
			cell.addElement(label(text(locale, "routemaps.card.attention")));
			for (String point : card.attention().lines(locale)) {
				cell.addElement(new Paragraph("– " + point, TEXT));
			}
		}
		return cell;
	}

	private static Paragraph label(String text) {
		var p = new Paragraph(text, BOLD);
		p.setSpacingBefore(6);
		return p;
	}

	/** The board (members × steps, each cell in words) and the summary per step. */
	public byte[] board(Partnerships.Access partnership, Partnerships.Board board, Locale locale) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
		PdfWriter.getInstance(document, out);
		document.addTitle(partnership.name());
		document.open();
		document.add(new Paragraph(partnership.name(), TITLE));
		document.add(new Paragraph(text(locale, "routemaps.board.title"), HEADING));
		var summary = new PdfPTable(5);
		summary.setWidthPercentage(100);
		summary.setSpacingBefore(8);
		for (String column : BoardCells.SUMMARY_COLUMNS) {
			summary.addCell(cell(text(locale, column), BOLD));
		}
		for (var line : board.summary()) {
			summary.addCell(cell(
					text(locale, "routemaps.step.numbered", line.step().position(), line.step().title().text(locale)),
					TEXT));
			for (int n : new int[] { line.atStep(), line.done(), line.planned(), line.open() }) {
				summary.addCell(cell(Integer.toString(n), TEXT));
			}
		}
		document.add(summary);
		document.add(new Paragraph(text(locale, "routemaps.summary.finished", board.finished()), TEXT));
		var table = new PdfPTable(board.steps().size() + 2);
		table.setWidthPercentage(100);
		table.setSpacingBefore(12);
		table.setHeaderRows(1);
		table.addCell(cell(text(locale, "routemaps.board.member"), BOLD));
		table.addCell(cell(text(locale, "routemaps.board.sectorAndMembership"), BOLD));
		for (var step : board.steps()) {
			table.addCell(
					cell(text(locale, "routemaps.step.numbered", step.position(), step.title().text(locale)), BOLD));
		}
		for (var row : board.rows()) {
			table.addCell(cell(row.name(), TEXT));
			table.addCell(cell(BoardCells.sectorAndMembership(row, messages, locale), TEXT));
			for (var c : row.cells()) {
				table.addCell(cell(BoardCells.cellText(c, messages, locale), TEXT));
			}
		}
		document.add(table);
		document.close();
		return out.toByteArray();
	}

	private static PdfPCell cell(String text, Font font) {
		var cell = new PdfPCell(new Phrase(text, font));
		cell.setPadding(4);
		return cell;
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, Formats.readable(locale));
	}

}
