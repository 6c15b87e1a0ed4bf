package org.traject.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The public page cache, with a clock the test moves and a "renderer" that counts how
 * often it is asked.
 */
class PublicPageCacheTest {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	private final AtomicInteger rendered = new AtomicInteger();

	private final PublicPageCache cache;

	/**
	 * Runs inside the next render, once: another visitor arriving while the page is being
	 * rendered.
	 */
	private Meanwhile onRender;

	interface Meanwhile {

		void run() throws Exception;

	}

	PublicPageCacheTest() {
		var locales = new AcceptHeaderLocaleResolver();
		locales.setSupportedLocales(List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"), Locale.forLanguageTag("da")));
		locales.setDefaultLocale(Locale.ENGLISH);
		cache = new PublicPageCache(List.of("/programmes", "/programmes/{slug}"), Duration.ofSeconds(5), 2, locales,
				now::get);
	}

	@Test
	void aSecondVisitorWithinTheTimeToLiveGetsTheSameBytesWithoutARender() throws Exception {
		var first = get("/programmes?phase=INDUCTION", "nl");
		var second = get("/programmes?phase=INDUCTION", "nl");

		assertThat(rendered).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).contains("render 1");
		assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(second.getHeader("Content-Language")).isEqualTo("nl");
		assertThat(second.getContentLength()).isEqualTo(first.getContentAsByteArray().length);
	}

	@Test
	void aKeptPageIsServedWithTheHeadersOfItsFirstAnswerExceptItsCookiesAndDate() throws Exception {
		get("/programmes", "en");
		var kept = get("/programmes", "en");

		assertThat(rendered).hasValue(1);
		assertThat(kept.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(kept.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'");
		assertThat(kept.getHeader("Date")).isNull();
	}

	@Test
	void whileOneRequestRendersAnExpiredPageTheOthersGetThePreviousOne() throws Exception {
		get("/programmes", "en");
		now.addAndGet(Duration.ofSeconds(6).toNanos());
		var duringRender = new java.util.concurrent.atomic.AtomicReference<String>();
		onRender = () -> duringRender.set(get("/programmes", "en").getContentAsString());

		assertThat(get("/programmes", "en").getContentAsString()).contains("render 2");
		assertThat(duringRender.get()).as("a visitor arriving meanwhile").contains("render 1");
		assertThat(rendered).hasValue(2);

		now.addAndGet(Duration.ofSeconds(5).toNanos() + PublicPageCache.RENDER_GRACE.toNanos());
		onRender = () -> duringRender.set(get("/programmes", "en").getContentAsString());
		assertThat(get("/programmes", "en").getContentAsString()).contains("render 3");
		assertThat(duringRender.get()).as("too old to stand in: rendered as well").contains("render 4");
	}

	@Test
	void afterTheTimeToLiveThePageIsRenderedAgain() throws Exception {
		get("/programmes", "en");
		now.addAndGet(Duration.ofSeconds(5).toNanos());

		assertThat(get("/programmes", "en").getContentAsString()).contains("render 2");
	}

	@Test
	void eachLanguageAndEachQueryHasItsOwnPage() throws Exception {
		get("/programmes", "en");
		assertThat(get("/programmes", "da").getContentAsString()).contains("render 2");
		assertThat(get("/programmes?q=leiderschap", "da").getContentAsString()).contains("render 3");
	}

	@Test
	void aVisitorWithASessionAlwaysGetsAFreshPage() throws Exception {
		get("/programmes", "en");
		var request = request("/programmes", "en");
		request.setCookies(new Cookie("SESSION", "abc"));

		assertThat(run(request).getContentAsString()).contains("render 2");
	}

	@Test
	void answersThatSetACookieOrAreNotFoundAreNotKept() throws Exception {
		get("/programmes/with-cookie", "en");
		get("/programmes/with-cookie", "en");
		get("/programmes/missing", "en");
		get("/programmes/missing", "en");

		assertThat(rendered).hasValue(4);
	}

	@Test
	void otherAddressesAndSwitchingLanguageAreNeverServedFromMemory() throws Exception {
		get("/my/plan", "en");
		get("/my/plan", "en");
		get("/programmes?lang=da", "en");
		get("/programmes?lang=da", "en");

		assertThat(rendered).hasValue(4);
	}

	@Test
	void theLeastRecentlyUsedPageMakesRoomWhenTheCacheIsFull() throws Exception {
		get("/programmes/a", "en");
		get("/programmes/b", "en");
		get("/programmes/a", "en");
		get("/programmes/c", "en");

		assertThat(cache.size()).isEqualTo(2);
		assertThat(get("/programmes/a", "en").getContentAsString()).as("kept: used recently").contains("render 1");
		assertThat(get("/programmes/b", "en").getContentAsString()).as("dropped").contains("render 4");
	}

	private MockHttpServletResponse get(String uri, String language) throws Exception {
		return run(request(uri, language));
	}

	private static MockHttpServletRequest request(String uri, String language) {
		int q = uri.indexOf('?');
		var request = new MockHttpServletRequest("GET", q < 0 ? uri : uri.substring(0, q));
		if (q >= 0) {
			request.setQueryString(uri.substring(q + 1));
			for (String pair : uri.substring(q + 1).split("&")) {
				String[] parts = pair.split("=", 2);
				request.addParameter(parts[0], parts.length > 1 ? parts[1] : "");
			}
		}
		request.addHeader("Accept-Language", language);
		request.addPreferredLocale(Locale.forLanguageTag(language));
		return request;
	}

	private MockHttpServletResponse run(MockHttpServletRequest request) throws ServletException, IOException {
		var response = new MockHttpServletResponse();
		FilterChain renderer = (req, res) -> {
			var http = (HttpServletResponse) res;
			int n = rendered.incrementAndGet();
			if (onRender != null) {
				Meanwhile meanwhile = onRender;
				onRender = null;
				try {
					meanwhile.run();
				}
				catch (Exception ex) {
					throw new ServletException(ex);
				}
			}
			String uri = request.getRequestURI();
			if (uri.endsWith("/missing")) {
				http.setStatus(404);
			}
			if (uri.endsWith("/with-cookie")) {
				http.addCookie(new Cookie("traject-lang", "da"));
			}
			http.setContentType("text/html;charset=UTF-8");
			http.setHeader("X-Frame-Options", "DENY");
			http.setHeader("Content-Security-Policy", "default-src 'self'");
			http.setHeader("Date", "Sun, 22 Nov 2026 14:00:00 GMT");
			http.setHeader("Content-Language", request.getLocale().toLanguageTag());
			http.getOutputStream().write(("<p>render " + n + "</p>").getBytes(StandardCharsets.UTF_8));
		};
		cache.doFilter(request, response, renderer);
		return response;
	}

}
