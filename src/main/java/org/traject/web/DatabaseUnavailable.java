package org.traject.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The answer while PostgreSQL cannot be reached (a restart, a failover): 503 with
 * {@code Retry-After} and a short page in the reader's language that needs nothing from
 * the database. Without it the usual error page could not be shown either (signed-in
 * requests read their session from PostgreSQL), and the reader got the servlet
 * container's bare 500. It stands outside every other filter; any other failure goes on
 * to the usual error handling.
 */
class DatabaseUnavailable extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	static final int RETRY_AFTER_SECONDS = TryAgainPage.RETRY_AFTER_SECONDS;

	private final TryAgainPage page;

	private final DatabaseOutages outages;

	DatabaseUnavailable(MessageSource messages, LocaleResolver locales, DatabaseOutages outages) {
		this.page = new TryAgainPage(messages, locales);
		this.outages = outages;
	}

	/**
	 * The error page is a request of its own (an error dispatch) that reads the session
	 * from PostgreSQL again; when that fails too, the container would answer with its
	 * bare 500. So this filter watches error dispatches as well.
	 */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean errorPage = request.getDispatcherType() == DispatcherType.ERROR;
		if (errorPage && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
				&& unreachable(failure) && !response.isCommitted()) {
			// the error page would need the database that the request could not reach
			answer(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException | IOException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			if (unreachable(ex)) {
				log.warn("{} {}{}: the database cannot be reached ({})", request.getMethod(), request.getRequestURI(),
						errorPage ? " (error page)" : "", ex.getMessage());
				answer(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				return;
			}
			if (!errorPage) {
				throw ex;
			}
			// the error page itself failed: a page that needs nothing is better than none
			log.error("{} {}: the error page failed", request.getMethod(), request.getRequestURI(), ex);
			answer(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		}
	}

	/**
	 * Whether the failure, or anything that caused it, is the database being out of
	 * reach.
	 */
	static boolean unreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			// SQLSTATE class 08: connection exception; 57P01-57P03: the server shuts down
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
			// HikariCP's stand-in for a connection the outage closed under a running
			// transaction (its rollback then fails): it gives no SQLSTATE
			if (cause instanceof SQLException sql && sql.getSQLState() == null
					&& "Connection is closed".equals(sql.getMessage())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
		if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
			outages.seen();
		}
		page.write(request, response, status,
				status == HttpServletResponse.SC_SERVICE_UNAVAILABLE ? "error.unavailable.text" : "error.500.text");
	}

}
