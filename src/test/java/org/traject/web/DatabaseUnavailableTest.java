package org.traject.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * While PostgreSQL is out of reach the reader gets a short "try again" page in their
 * language with 503 and Retry-After, made without the database; every other failure goes
 * on to the usual error handling. No database here: the failure is thrown by the chain.
 */
class DatabaseUnavailableTest {

	private final DatabaseOutages outages = new DatabaseOutages();

	private final DatabaseUnavailable filter = new DatabaseUnavailable(messages(), new AcceptHeaderLocaleResolver(),
			outages);

	@Test
	void aConnectionThatCannotBeHadAnswers503InTheReadersLanguage() throws Exception {
		var request = new MockHttpServletRequest("POST", "/signup/1");
		request.addPreferredLocale(Locale.forLanguageTag("nl"));
		var response = new MockHttpServletResponse();

		filter.doFilter(request, response, (req, res) -> {
			throw new CannotCreateTransactionException("Could not open JPA EntityManager",
					new SQLTransientConnectionException("Connection is not available"));
		});

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("10");
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<html lang=\"nl\"", "Er ging bij ons iets mis",
				"Traject kan zijn database even niet bereiken");
		// the request queue learns of the outage and stops making others wait for it
		assertThat(outages.seenWithin(RequestGate.OUTAGE_MEMORY)).isTrue();
	}

	@Test
	void aBrokenConnectionDeepInsideAServletFailureCountsToo() throws Exception {
		var request = new MockHttpServletRequest("GET", "/my");
		request.addPreferredLocale(Locale.forLanguageTag("da"));
		var response = new MockHttpServletResponse();

		filter.doFilter(request, response, (req, res) -> {
			throw new ServletException("session could not be read",
					new IllegalStateException(new SQLException("An I/O error occurred", "08006")));
		});

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Noget gik galt hos os");
	}

	@Test
	void aRollbackOnAConnectionTheOutageClosedCountsToo() throws Exception {
		// as in the fault run: JpaSystemException "Unable to rollback against JDBC
		// Connection", caused by HikariCP's closed-connection stand-in
		var request = errorDispatch("GET", "/signup/17", "en");
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
		var response = new MockHttpServletResponse();

		filter.doFilter(request, response, (req, res) -> {
			throw new AssertionError("the error page must not be rendered: it needs the database");
		});

		assertThat(response.getStatus()).isEqualTo(503);
	}

	@Test
	void anyOtherFailureGoesOnToTheUsualErrorHandling() {
		var response = new MockHttpServletResponse();
		assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"), response, (req, res) -> {
			throw new IllegalStateException("a bug");
		})).isInstanceOf(IllegalStateException.class).hasMessage("a bug");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
				(req, res) -> {
					throw new IllegalStateException(new SQLException("duplicate key", "23505"));
				}))
			.isInstanceOf(IllegalStateException.class); // a bug is not an outage: the
														// request queue keeps waiting as
														// usual
		assertThat(outages.seenWithin(RequestGate.OUTAGE_MEMORY)).isFalse();
	}

	@Test
	void theErrorPageOfARequestThatCouldNotReachTheDatabaseIsTheTryAgainPage() throws Exception {
		var request = errorDispatch("POST", "/signup/1", "nl");
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("the outbox failed",
				new SQLException("terminating connection due to administrator command", "57P01")));
		var response = new MockHttpServletResponse();

		filter.doFilter(request, response, (req, res) -> {
			throw new AssertionError("the error page must not be rendered: it needs the database");
		});

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Traject kan zijn database even");
	}

	@Test
	void anErrorPageThatFailsItselfGivesTrajectsOwnPageNotTheContainersBare500() throws Exception {
		var outage = errorDispatch("GET", "/my", "da");
		var first = new MockHttpServletResponse();
		filter.doFilter(outage, first, (req, res) -> {
			throw new IllegalStateException("session could not be read",
					new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
		});
		assertThat(first.getStatus()).isEqualTo(503);

		var bug = errorDispatch("GET", "/my", "en");
		var second = new MockHttpServletResponse();
		filter.doFilter(bug, second, (req, res) -> {
			throw new IllegalStateException("a template bug");
		});
		assertThat(second.getStatus()).isEqualTo(500);
		assertThat(second.getHeader("Retry-After")).isNull();
		assertThat(second.getContentAsString(StandardCharsets.UTF_8)).contains("Something went wrong on our side",
				"Please try again in a moment");
	}

	@Test
	void anErrorPageThatRendersIsLeftAlone() throws Exception {
		var response = new MockHttpServletResponse();
		filter.doFilter(errorDispatch("GET", "/nowhere", "en"), response,
				(req, res) -> res.getWriter().write("the usual 404 page"));
		assertThat(response.getContentAsString()).isEqualTo("the usual 404 page");
	}

	private static MockHttpServletRequest errorDispatch(String method, String path, String language) {
		var request = new MockHttpServletRequest(method, path);
		request.setDispatcherType(DispatcherType.ERROR);
		request.addPreferredLocale(Locale.forLanguageTag(language));
		return request;
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
