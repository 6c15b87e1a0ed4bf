package org.traject.people;

/** What a person may do. One person may hold several roles. */
public enum Role {

	PARTICIPANT("/my"), COACH("/coach"), SECRETARY("/secretary"), ADMIN("/admin");

	private final String startPage;

	Role(String startPage) {
		this.startPage = startPage;
	}

	/** The page this role lands on after signing in. */
	public String startPage() {
		return startPage;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
