package org.traject.web;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Keeps the public catalogue pages that anonymous visitors see for a few seconds, per
 * address and language, and serves them from memory in that time.
 *
 * <p>
 * Those pages are the same for every visitor without a session: no name, no CSRF token,
 * no flash message. Rendering them (one SQL statement, then Thymeleaf) costs tens of
 * milliseconds of CPU, so a busy catalogue spent its time rendering the same bytes again.
 * What may be older than the page, by at most the time to live: the seats left per
 * cohort. Signing up still counts the seats in the database, so a visitor can never take
 * a seat that is not there.
 *
 * <p>
 * Only a request without cookies of the session ({@code SESSION}) is answered from here:
 * a signed-in person, or a visitor in the middle of signing up, always gets a fresh page.
 * Responses that set a cookie or are not a 200 are never kept. Each instance keeps its
 * own pages; nothing another instance needs is in here.
 *
 * <p>
 * Runs in front of Spring Security: a page is kept with the headers its first answer had
 * (the security headers among them) and served with them again, so a kept page costs no
 * security filter, session or view. That is safe because only anonymous GETs of pages
 * everyone may see are kept.
 *
 * <p>
 * When a page's time is up, one request renders it again while the others are still
 * served the page they would have seen a moment earlier; a page is never served when it
 * is older than its time to live plus {@link #RENDER_GRACE}. Without this, every request
 * of a busy second rendered the page at once and the slowest waited close to a second.
 */
public class PublicPageCache extends OncePerRequestFilter {

	static final String SESSION_COOKIE = "SESSION";

	/**
	 * How long others are served the previous page while one request renders the next.
	 */
	static final Duration RENDER_GRACE = Duration.ofSeconds(10);

	/**
	 * Headers that belong to one answer only, or that the servlet container writes
	 * itself.
	 */
	private static final java.util.Set<String> NOT_KEPT = java.util.Set.of("date", "set-cookie", "content-type",
			"content-length", "content-language", "transfer-encoding", "connection", "keep-alive");

	private final List<PathPattern> paths;

	private final long timeToLiveNanos;

	private final int maxEntries;

	private final LocaleResolver locales;

	private final LongSupplier clock;

	private final Map<String, Page> pages;

	public PublicPageCache(List<String> pathPatterns, Duration timeToLive, int maxEntries, LocaleResolver locales) {
		this(pathPatterns, timeToLive, maxEntries, locales, System::nanoTime);
	}

	PublicPageCache(List<String> pathPatterns, Duration timeToLive, int maxEntries, LocaleResolver locales,
			LongSupplier clock) {
		this.paths = pathPatterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.timeToLiveNanos = timeToLive.toNanos();
		this.maxEntries = maxEntries;
		this.locales = locales;
		this.clock = clock;
		// least recently used first; access order, guarded by its own lock
		this.pages = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
				return size() > PublicPageCache.this.maxEntries;
			}
		};
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (timeToLiveNanos <= 0 || !"GET".equals(request.getMethod()) || request.getParameter("lang") != null
				|| hasSessionCookie(request)) {
			return true;
		}
		var path = PathContainer.parsePath(request.getRequestURI());
		return paths.stream().noneMatch(pattern -> pattern.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		long now = clock.getAsLong();
		Page page;
		synchronized (pages) {
			page = pages.get(key);
		}
		if (page != null) {
			long age = now - page.storedAt();
			boolean fresh = age < timeToLiveNanos;
			boolean usable = age < timeToLiveNanos + RENDER_GRACE.toNanos();
			// expired: the first request to notice renders the page again, the others
			// keep getting this one
			if (fresh || (usable && !page.claimRender())) {
				page.writeTo(response);
				return;
			}
		}
		var buffered = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, buffered);
			if (keepable(buffered)) {
				var rendered = new Page(buffered.getContentAsByteArray(), buffered.getContentType(),
						buffered.getLocale(), headersOf(buffered), now);
				synchronized (pages) {
					pages.put(key, rendered);
				}
			}
			else if (page != null) {
				// gone, moved or failing now: the old page must not stand in for it
				synchronized (pages) {
					pages.remove(key);
				}
			}
		}
		finally {
			if (page != null) {
				page.renderDone();
			}
		}
		buffered.copyBodyToResponse();
	}

	private static boolean keepable(ContentCachingResponseWrapper response) {
		String type = response.getContentType();
		return response.getStatus() == HttpStatus.OK.value() && type != null && type.startsWith("text/html")
				&& response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty();
	}

	private static List<Map.Entry<String, String>> headersOf(HttpServletResponse response) {
		var headers = new java.util.ArrayList<Map.Entry<String, String>>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : response.getHeaders(name)) {
					headers.add(Map.entry(name, value));
				}
			}
		}
		return List.copyOf(headers);
	}

	/** Address, query and language, and whether htmx asks for a part of the page. */
	private String key(HttpServletRequest request) {
		Locale locale = locales.resolveLocale(request);
		String query = request.getQueryString();
		return request.getRequestURI() + (query == null ? "" : "?" + query) + "|" + locale.toLanguageTag() + "|"
				+ (request.getHeader("HX-Request") != null ? "htmx:" + request.getHeader("HX-Target") : "page");
	}

	private static boolean hasSessionCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (SESSION_COOKIE.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	int size() {
		synchronized (pages) {
			return pages.size();
		}
	}

	/**
	 * A kept answer; {@code rendering} is set while one request renders its successor.
	 */
	private record Page(byte[] body, String contentType, Locale locale, List<Map.Entry<String, String>> headers,
			long storedAt, java.util.concurrent.atomic.AtomicBoolean rendering) {

		Page(byte[] body, String contentType, Locale locale, List<Map.Entry<String, String>> headers, long storedAt) {
			this(body, contentType, locale, headers, storedAt, new java.util.concurrent.atomic.AtomicBoolean());
		}

		boolean claimRender() {
			return rendering.compareAndSet(false, true);
		}

		void renderDone() {
			rendering.set(false);
		}

		void writeTo(HttpServletResponse response) throws IOException {
			response.setStatus(HttpStatus.OK.value());
			headers.forEach(header -> response.addHeader(header.getKey(), header.getValue()));
			response.setContentType(contentType);
			response.setLocale(locale);
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}
	}

}
