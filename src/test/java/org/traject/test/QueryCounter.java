package org.traject.test;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the current thread executes, so a test can assert that a page
 * costs a fixed number of statements. Wraps the application's DataSource
 * (datasource-proxy) in every integration test context.
 */
public final class QueryCounter implements BeanPostProcessor {

	/** All statements, then those of Spring Session (its tables), on this thread. */
	private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[2]);

	/** The statements themselves, for an assertion's message. */
	private static final ThreadLocal<java.util.List<String>> STATEMENTS = ThreadLocal
		.withInitial(java.util.ArrayList::new);

	public static void reset() {
		COUNT.get()[0] = 0;
		COUNT.get()[1] = 0;
		STATEMENTS.get().clear();
	}

	/**
	 * The statements since the last {@link #reset()}, one per line, to explain a count.
	 */
	public static String statements() {
		return String.join("\n", STATEMENTS.get());
	}

	public static int count() {
		return COUNT.get()[0];
	}

	/** Statements on Spring Session's tables since the last {@link #reset()}. */
	public static int sessionCount() {
		return COUNT.get()[1];
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
			QueryExecutionListener listener = new QueryExecutionListener() {
				@Override
				public void beforeQuery(net.ttddyy.dsproxy.ExecutionInfo execInfo,
						java.util.List<net.ttddyy.dsproxy.QueryInfo> queryInfoList) {
					COUNT.get()[0] += Math.max(1, queryInfoList.size());
					for (var query : queryInfoList) {
						STATEMENTS.get().add(query.getQuery().replaceAll("\\s+", " "));
						if (query.getQuery().toLowerCase(java.util.Locale.ROOT).contains("spring_session")) {
							COUNT.get()[1]++;
						}
					}
				}

				@Override
				public void afterQuery(net.ttddyy.dsproxy.ExecutionInfo execInfo,
						java.util.List<net.ttddyy.dsproxy.QueryInfo> queryInfoList) {
				}
			};
			return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(listener).build();
		}
		return bean;
	}

}
