package org.traject.development;

public enum ActionStatus {

	PLANNED, IN_PROGRESS, DONE

}
