package org.traject.bench;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
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

	private static final ThreadLocal<int[]> CURRENT = ThreadLocal.withInitial(() -> new int[1]);

	static final Map<String, Integer> LATEST = new ConcurrentHashMap<>();

	private StatementCounter() {
	}

	static boolean isCounting(Object bean) {
		return Proxy.isProxyClass(bean.getClass()) && Proxy.getInvocationHandler(bean) instanceof Handler;
	}

	static DataSource wrap(DataSource dataSource) {
		return proxy(DataSource.class, dataSource);
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, Object target) {
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type },
				new Handler(target));
	}

	private record Handler(Object target) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.equals("unwrap") && ((Class<?>) args[0]).isInstance(proxy)) {
				return proxy;
			}
			if (name.equals("isWrapperFor") && ((Class<?>) args[0]).isInstance(proxy)) {
				return true;
			}
			if (target instanceof Statement && (name.startsWith("execute"))) {
				CURRENT.get()[0]++;
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
				return proxy(type, result);
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
				response.setContentType("text/plain;charset=UTF-8");
				var lines = new StringBuilder();
				new TreeMap<>(LATEST).forEach((path, count) -> lines.append(count).append('\t').append(path).append('\n'));
				response.getWriter().write(lines.toString());
				return;
			}
			CURRENT.get()[0] = 0;
			try {
				chain.doFilter(request, response);
			}
			finally {
				String query = request.getQueryString();
				LATEST.put(request.getRequestURI() + (query == null ? "" : "?" + query), CURRENT.get()[0]);
			}
		}
	}
}
