package org.traject.demo.internal;

import java.io.ByteArrayOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/** A one-page PDF with a title and some lines, which the demo attaches as evidence. */
final class DemoPdf {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);

	private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

	private DemoPdf() {
	}

	static byte[] of(String title, String... lines) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 50, 50, 50, 50);
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph(title, TITLE));
		for (String line : lines) {
			document.add(new Paragraph(line, TEXT));
		}
		document.close();
		return out.toByteArray();
	}

}
