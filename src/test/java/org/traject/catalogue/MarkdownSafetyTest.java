package org.traject.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.traject.catalogue.internal.Programme;
import org.traject.web.Markdown;

/**
 * Programme texts are Markdown written by staff; whatever they paste, no script reaches a
 * visitor's browser.
 */
class MarkdownSafetyTest {

	private final Markdown markdown = new Markdown();

	@Test
	void rendersListsEmphasisAndLinks() {
		String html = markdown.toSafeHtml("- **Vooraf**: vul het *sjabloon* in\n- [Meer](https://example.org)");

		assertThat(html).contains("<ul>", "<li><strong>Vooraf</strong>", "<em>sjabloon</em>")
			.contains("href=\"https://example.org\"")
			.contains("rel=\"nofollow noopener noreferrer\"");
	}

	@Test
	void noScriptSurvives() {
		String html = markdown.toSafeHtml("""
				Hello <script>alert('x')</script>
				<img src=x onerror="alert(1)">
				[click](javascript:alert(1))
				<a href="javascript:alert(2)">raw</a>
				<iframe src="https://evil.example"></iframe>
				<div style="background:url(javascript:alert(3))">styled</div>""");

		// parsed as a browser would: raw HTML may survive as visible text, never as
		// elements or attributes
		var document = Jsoup.parseBodyFragment(html);
		assertThat(document.select("script, iframe, img, object, embed, style")).isEmpty();
		assertThat(document.getAllElements()).allSatisfy(element -> element.attributes()
			.forEach(attribute -> assertThat(attribute.getKey()).doesNotStartWith("on").isNotEqualTo("style")));
		assertThat(document.select("a[href]"))
			.allSatisfy(a -> assertThat(a.attr("href")).doesNotContainIgnoringCase("javascript"));
		assertThat(document.text()).contains("Hello", "click", "styled");
	}

	@Test
	void headingsAreShiftedBelowThePageHeadings() {
		assertThat(markdown.toSafeHtml("# Title\n## Sub")).contains("<h3>Title</h3>", "<h4>Sub</h4>")
			.doesNotContain("<h1>");
	}

}
