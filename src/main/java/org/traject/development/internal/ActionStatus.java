package org.traject.development.internal;

public enum ActionStatus {

	PLANNED, IN_PROGRESS, DONE

}
