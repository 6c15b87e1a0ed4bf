package org.traject.web;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Renders text written in Markdown (programme sections, profile descriptions) to HTML
 * that is safe to show: raw HTML in the source is escaped by the renderer, and the result
 * passes an allow-list sanitiser, so no script, event handler, style or
 * {@code javascript:} link survives.
 */
@Component
public class Markdown {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "code", "pre", "h3",
				"h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "a")
		.allowUrlProtocols("https", "http", "mailto", "tel")
		.allowAttributes("href")
		.onElements("a")
		.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
		.toFactory();

	private final Parser parser;

	private final HtmlRenderer renderer;

	public Markdown() {
		var extensions = List.of(TablesExtension.create());
		this.parser = Parser.builder().extensions(extensions).build();
		// headings shift down two levels: a section's own heading is an h2 on the page
		this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build();
	}

	public String toSafeHtml(String markdown) {
		if (markdown.isBlank()) {
			return "";
		}
		String html = renderer.render(parser.parse(markdown));
		html = html.replace("<h1>", "<h3>").replace("</h1>", "</h3>").replace("<h2>", "<h4>").replace("</h2>", "</h4>");
		return POLICY.sanitize(html);
	}

}
