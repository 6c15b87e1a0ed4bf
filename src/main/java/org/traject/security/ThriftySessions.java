package org.traject.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session JDBC writes a session's row on every request, only to move its
 * last-access time by a few seconds. This wraps the JDBC repository so that a request
 * which changes nothing in the session writes nothing: the last-access time is written
 * when it is at least {@link #LAST_ACCESS_WRITES} old (or with another change), so an
 * idle session ends between 29 and 30 minutes after its last request instead of exactly
 * 30. A request that changes the session (sign-in, a CSRF token, a flash message) saves
 * it as before.
 */
final class ThriftySessions implements BeanPostProcessor {

	/** The last-access time is written at most this often per session. */
	static final Duration LAST_ACCESS_WRITES = Duration.ofMinutes(1);

	/**
	 * The sessions read during the current request, by id (empty: none with that id), so
	 * Spring Session's filter reads a session once however often it asks; set by
	 * {@link OneReadPerRequest} around that filter.
	 */
	private static final ThreadLocal<Map<String, Optional<TrackedSession>>> READ = new ThreadLocal<>();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof JdbcIndexedSessionRepository jdbc ? new Repository(jdbc) : bean;
	}

	/**
	 * Runs just outside Spring Session's filter: while a request is in it, a session is
	 * read from the database once (measured before: two identical SELECTs per signed-in
	 * request).
	 */
	static final class OneReadPerRequest implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			if (READ.get() != null) {
				chain.doFilter(request, response);
				return;
			}
			READ.set(new HashMap<>());
			try {
				chain.doFilter(request, response);
			}
			finally {
				READ.remove();
			}
		}

	}

	/** The wrapper; destroying it stops the JDBC repository's clean-up job as before. */
	static final class Repository implements FindByIndexNameSessionRepository<TrackedSession>, DisposableBean {

		private final JdbcIndexedSessionRepository jdbc;

		// JdbcIndexedSessionRepository's session type is not public: its bridge methods
		// take any Session
		private final FindByIndexNameSessionRepository<Session> delegate;

		@SuppressWarnings("unchecked")
		Repository(JdbcIndexedSessionRepository jdbc) {
			this.jdbc = jdbc;
			this.delegate = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) jdbc;
		}

		@Override
		public TrackedSession createSession() {
			return new TrackedSession(this.delegate.createSession(), true);
		}

		@Override
		public void save(TrackedSession session) {
			if (session.changed) {
				this.delegate.save(session.stored);
				session.changed = false;
			}
			Map<String, Optional<TrackedSession>> read = READ.get();
			if (read != null) {
				read.put(session.getId(), Optional.of(session));
			}
		}

		@Override
		public @Nullable TrackedSession findById(String id) {
			Map<String, Optional<TrackedSession>> read = READ.get();
			if (read != null && read.containsKey(id)) {
				return read.get(id).orElse(null);
			}
			Session found = this.delegate.findById(id);
			TrackedSession tracked = found == null ? null : new TrackedSession(found, false);
			if (read != null) {
				read.put(id, Optional.ofNullable(tracked));
			}
			return tracked;
		}

		@Override
		public void deleteById(String id) {
			Map<String, Optional<TrackedSession>> read = READ.get();
			if (read != null) {
				read.put(id, Optional.empty());
			}
			this.delegate.deleteById(id);
		}

		@Override
		public Map<String, TrackedSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			Map<String, TrackedSession> found = new LinkedHashMap<>();
			this.delegate.findByIndexNameAndIndexValue(indexName, indexValue)
				.forEach((id, session) -> found.put(id, new TrackedSession(session, false)));
			return found;
		}

		@Override
		public void destroy() throws Exception {
			this.jdbc.destroy();
		}

	}

	/** A stored session that remembers whether anything worth writing changed. */
	static final class TrackedSession implements Session {

		private final Session stored;

		private boolean changed;

		TrackedSession(Session stored, boolean isNew) {
			this.stored = stored;
			this.changed = isNew;
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			Map<String, Optional<TrackedSession>> read = READ.get();
			if (read != null) {
				read.remove(getId());
			}
			return this.stored.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, @Nullable Object attributeValue) {
			this.changed = true;
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.changed = true;
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (this.changed
					|| !lastAccessedTime.isBefore(this.stored.getLastAccessedTime().plus(LAST_ACCESS_WRITES))) {
				this.stored.setLastAccessedTime(lastAccessedTime);
				this.changed = true;
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.changed = true;
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
