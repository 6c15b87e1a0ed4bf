package org.traject.development.internal;

public enum AssessmentStatus {

	IN_PROGRESS, SUBMITTED

}
