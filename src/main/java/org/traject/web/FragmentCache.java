package org.traject.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Parts of pages that are the same for everyone who asks with the same key (the
 * catalogue's results for a query in a language), rendered once and kept for at most the
 * public page cache's time to live ({@code traject.web.public-page-cache.ttl}, 5 s; 0
 * keeps nothing). The rest of the page, the person's own header among it, is rendered per
 * request.
 *
 * <p>
 * Each instance keeps its own parts, so what one instance shows is at most that old
 * whichever instance changed the data. Only parts without anything personal (no name, no
 * CSRF token, no form) may be kept here.
 */
@Component
public class FragmentCache {

	private final ViewResolver views;

	private final int maxEntries;

	private volatile long timeToLiveNanos;

	private final Map<Object, Kept> kept = new ConcurrentHashMap<>();

	FragmentCache(@Qualifier("thymeleafViewResolver") ViewResolver views,
			@Value("${traject.web.public-page-cache.ttl:PT5S}") Duration timeToLive,
			@Value("${traject.web.public-page-cache.max-entries:500}") int maxEntries) {
		this.views = views;
		this.maxEntries = maxEntries;
		this.timeToLiveNanos = timeToLive.toNanos();
	}

	/** Whether parts are kept at all. */
	public boolean enabled() {
		return this.timeToLiveNanos > 0;
	}

	/**
	 * The HTML of a template's fragment ({@code "catalogue/catalogue :: results"}) for a
	 * key: as kept, or rendered now with what {@code fill} adds to the model.
	 */
	public String html(Object key, String fragment, Model model, Consumer<Model> fill) throws Exception {
		long now = System.nanoTime();
		Kept found = this.kept.get(key);
		if (found != null && now - found.renderedAt() < this.timeToLiveNanos) {
			return found.html();
		}
		fill.accept(model);
		var attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		HttpServletRequest request = attributes.getRequest();
		HttpServletResponse response = attributes.getResponse();
		if (response == null) {
			throw new IllegalStateException("No response to render " + fragment + " for");
		}
		Locale locale = RequestContextUtils.getLocale(request);
		View view = this.views.resolveViewName(fragment, locale);
		if (view == null) {
			throw new IllegalStateException("No view " + fragment);
		}
		var capture = new Capture(response);
		view.render(model.asMap(), request, capture);
		String html = capture.text();
		if (this.kept.size() >= this.maxEntries) {
			// a crawler walking every query: start again rather than keep an unbounded
			// map
			this.kept.clear();
		}
		this.kept.put(key, new Kept(html, now));
		return html;
	}

	/**
	 * For tests: how long parts are kept from now on ({@link Duration#ZERO}: not at all).
	 */
	public void keepFor(Duration timeToLive) {
		this.timeToLiveNanos = timeToLive.toNanos();
		this.kept.clear();
	}

	private record Kept(String html, long renderedAt) {
	}

	/** Catches what a view writes; leaves the real response's headers alone. */
	private static final class Capture extends HttpServletResponseWrapper {

		private final StringWriter text = new StringWriter();

		private final PrintWriter writer = new PrintWriter(this.text);

		Capture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("A fragment is rendered as text");
		}

		@Override
		public void setContentType(@Nullable String type) {
		}

		@Override
		public void setCharacterEncoding(@Nullable String charset) {
		}

		@Override
		public void setLocale(@Nullable Locale locale) {
		}

		@Override
		public void setContentLength(int len) {
		}

		@Override
		public void flushBuffer() {
			this.writer.flush();
		}

		@Override
		public boolean isCommitted() {
			return false;
		}

		String text() {
			this.writer.flush();
			return this.text.toString();
		}

	}

}
