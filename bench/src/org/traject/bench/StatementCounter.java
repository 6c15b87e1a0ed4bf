package org.traject.bench;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the SQL statements each request executes, as the query-budget tests do, but in the running application on
 * the large database. The count of the latest request per path (with query string) is served at
 * {@code /bench/statements}. A JDK proxy per connection and statement costs nanoseconds next to a page's milliseconds.
 */
final class StatementCounter {

	private static final ThreadLocal<List<String>> CURRENT = ThreadLocal.withInitial(ArrayList::new);

	/** The statements of the latest request per path, in order. */
	static final Map<String, List<String>> LATEST = new ConcurrentHashMap<>();

	private StatementCounter() {
	}

	static boolean isCounting(Object bean) {
		return Proxy.isProxyClass(bean.getClass()) && Proxy.getInvocationHandler(bean) instanceof Handler;
	}

	static DataSource wrap(DataSource dataSource) {
		return proxy(DataSource.class, dataSource);
	}

	private static <T> T proxy(Class<T> type, Object target) {
		return proxy(type, target, null);
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, Object target, String sql) {
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type },
				new Handler(target, sql));
	}

	/** {@code sql}: what a prepared statement was prepared with. */
	private record Handler(Object target, String sql) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.equals("unwrap") && ((Class<?>) args[0]).isInstance(proxy)) {
				return proxy;
			}
			if (name.equals("isWrapperFor") && ((Class<?>) args[0]).isInstance(proxy)) {
				return true;
			}
			if (target instanceof Statement && name.startsWith("execute")) {
				String text = args != null && args.length > 0 && args[0] instanceof String given ? given : sql;
				CURRENT.get().add(text == null ? "?" : text.replaceAll("\\s+", " ").strip());
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			Class<?> type = method.getReturnType();
			if (result != null && (type == Connection.class || Statement.class.isAssignableFrom(type))) {
				boolean prepared = target instanceof Connection && args != null && args.length > 0 && args[0] instanceof String;
				return proxy(type, result, prepared ? (String) args[0] : null);
			}
			return result;
		}
	}

	/** Resets the count when a request starts and keeps it, by path, when it ends. */
	static final class PerRequest extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getRequestURI().equals("/bench/statements")) {
				// "count<TAB>path" per line; with ?sql the statements themselves, indented under their path
				boolean withSql = request.getParameter("sql") != null;
				response.setContentType("text/plain;charset=UTF-8");
				var lines = new StringBuilder();
				new TreeMap<>(LATEST).forEach((path, statements) -> {
					lines.append(statements.size()).append('\t').append(path).append('\n');
					if (withSql) {
						statements.forEach(sql -> lines.append("\t\t").append(sql).append('\n'));
					}
				});
				response.getWriter().write(lines.toString());
				return;
			}
			CURRENT.get().clear();
			try {
				chain.doFilter(request, response);
			}
			finally {
				String query = request.getQueryString();
				LATEST.put(request.getRequestURI() + (query == null ? "" : "?" + query), List.copyOf(CURRENT.get()));
			}
		}
	}
}
