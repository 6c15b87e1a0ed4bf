package org.traject.test;

/** The demo accounts the application creates at start-up (see the README). */
public final class DemoUsers {

	public static final String PASSWORD = "traject-demo";

	public static final String ADMIN = "admin@traject.test";

	public static final String SECRETARY = "secretary@traject.test";

	public static final String COACH = "coach@traject.test";

	public static final String PARTICIPANT = "participant@traject.test";

	private DemoUsers() {
	}

}
