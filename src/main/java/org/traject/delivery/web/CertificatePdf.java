package org.traject.delivery.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.traject.delivery.internal.LearningRecords;
import org.traject.web.SupportedLanguages;

/**
 * The certificate of a completion and the learning record as PDF, written with OpenPDF in
 * the reader's language. Helvetica with the Windows-1252 encoding covers Dutch, Danish
 * and English names and texts.
 */
@Component
class CertificatePdf {

	private static final Color BRAND = new Color(0x1d, 0x4e, 0x89);

	private static final Color MUTED = new Color(0x4a, 0x55, 0x60);

	private final MessageSource messages;

	CertificatePdf(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * One landscape page: who completed what, when, what it counts for, and where to
	 * check it ({@code checkUrl}).
	 */
	byte[] certificate(LearningRecords.AwardView award, Locale requested, String checkUrl) {
		Locale locale = SupportedLanguages.closest(requested);
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4.rotate(), 72, 72, 64, 56);
		PdfWriter.getInstance(document, out);
		document.addTitle(text("delivery.pdf.certificate.title", locale) + " " + award.certificateNumber());
		document.addAuthor("Traject");
		document.open();
		document.add(centred(text("delivery.pdf.certificate.title", locale), font(34, true, BRAND), 18));
		document.add(centred(text("delivery.pdf.certificate.certifies", locale), font(13, false, MUTED), 10));
		document.add(centred(award.participantName(), font(28, true, Color.BLACK), 10));
		document.add(centred(text("delivery.pdf.certificate.completed", locale), font(13, false, MUTED), 10));
		document.add(centred(award.programmeTitle(), font(20, true, Color.BLACK), 16));
		document
			.add(centred(
					text("delivery.pdf.certificate.cohort", locale, award.cohortCode(),
							date(award.cohortStart(), locale), date(award.cohortEnd(), locale), award.days()),
					font(12, false, Color.BLACK), 6));
		document.add(centred(accreditation(award, locale), font(12, true, Color.BLACK), 6));
		document.add(centred(text("delivery.pdf.certificate.completedOn", locale, date(award.completedOn(), locale)),
				font(12, false, Color.BLACK), 28));
		document.add(centred(text("delivery.pdf.certificate.number", locale, award.certificateNumber()),
				font(11, true, Color.BLACK), 4));
		document.add(centred(text("delivery.pdf.certificate.check", locale, checkUrl), font(10, false, MUTED), 0));
		document.close();
		return out.toByteArray();
	}

	/**
	 * The learning record for a register submission: the totals per register and every
	 * completed programme.
	 */
	byte[] record(String name, LearningRecords.LearningRecord record, Locale requested) {
		Locale locale = SupportedLanguages.closest(requested);
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 56, 56, 56, 56);
		PdfWriter.getInstance(document, out);
		document.addTitle(text("delivery.pdf.record.title", locale));
		document.open();
		document.add(left(text("delivery.pdf.record.title", locale), font(22, true, BRAND), 4));
		document.add(left(name, font(14, true, Color.BLACK), 2));
		document.add(left(text("delivery.pdf.record.date", locale, date(LocalDate.now(), locale)),
				font(10, false, MUTED), 16));

		document.add(left(text("delivery.record.registers", locale), font(14, true, Color.BLACK), 6));
		if (record.registers().isEmpty()) {
			document.add(left(text("delivery.record.noRegisters", locale), font(11, false, MUTED), 12));
		}
		else {
			var table = table(new float[] { 5, 2, 3 }, locale, "delivery.record.col.register",
					"delivery.record.col.points", "delivery.record.col.validUntil");
			for (var r : record.registers()) {
				cell(table, text("delivery.register." + r.register().name(), locale));
				cell(table, number(r.points(), locale));
				cell(table, r.validUntil() == null ? "–" : date(r.validUntil(), locale));
			}
			document.add(table);
		}

		document.add(left(text("delivery.record.programmes", locale), font(14, true, Color.BLACK), 6));
		if (record.awards().isEmpty()) {
			document.add(left(text("delivery.record.none", locale), font(11, false, MUTED), 0));
		}
		else {
			var table = table(new float[] { 5, 3, 3, 2, 3, 6 }, locale, "delivery.record.col.programme",
					"delivery.record.col.completedOn", "delivery.record.col.register", "delivery.record.col.points",
					"delivery.record.col.validUntil", "delivery.record.col.certificate");
			for (var a : record.awards()) {
				cell(table, a.programmeTitle());
				cell(table, date(a.completedOn(), locale));
				cell(table, a.register() == null ? "–" : text("delivery.register." + a.register().name(), locale));
				cell(table, a.points() == null ? "–" : number(a.points(), locale));
				cell(table, a.registrationValidUntil() == null ? "–" : date(a.registrationValidUntil(), locale));
				cell(table, a.certificateNumber());
			}
			document.add(table);
		}
		document.close();
		return out.toByteArray();
	}

	private String accreditation(LearningRecords.AwardView award, Locale locale) {
		if (award.register() == null) {
			return text("delivery.accreditation.none", locale);
		}
		String register = text("delivery.register." + award.register().name(), locale);
		String points = award.points() == null ? register
				: text("delivery.accreditation.points", locale, award.points(), register);
		return award.registrationValidUntil() == null ? points : points + " "
				+ text("delivery.accreditation.renewedUntil", locale, date(award.registrationValidUntil(), locale));
	}

	private PdfPTable table(float[] widths, Locale locale, String... headings) {
		var table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingAfter(16);
		table.setHeaderRows(1);
		for (String heading : headings) {
			var cell = new PdfPCell(new Phrase(text(heading, locale), font(9, true, Color.WHITE)));
			cell.setBackgroundColor(BRAND);
			cell.setPadding(5);
			table.addCell(cell);
		}
		return table;
	}

	private static void cell(PdfPTable table, String value) {
		var cell = new PdfPCell(new Phrase(value, font(9, false, Color.BLACK)));
		cell.setPadding(5);
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(new Color(0xd5, 0xdb, 0xe1));
		table.addCell(cell);
	}

	private static Paragraph centred(String text, Font font, float after) {
		var paragraph = new Paragraph(text, font);
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setSpacingAfter(after);
		return paragraph;
	}

	private static Paragraph left(String text, Font font, float after) {
		var paragraph = new Paragraph(text, font);
		paragraph.setSpacingAfter(after);
		return paragraph;
	}

	private static Font font(float size, boolean bold, Color color) {
		try {
			var base = BaseFont.createFont(bold ? BaseFont.HELVETICA_BOLD : BaseFont.HELVETICA, BaseFont.CP1252,
					BaseFont.NOT_EMBEDDED);
			return new Font(base, size, Font.NORMAL, color);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	static String date(@Nullable LocalDate date, Locale locale) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	static String number(@Nullable BigDecimal value, Locale locale) {
		if (value == null) {
			return "";
		}
		var format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

}
