package org.traject.catalogue;

/** The shape a programme takes. */
public enum ProgrammeFormat {

	LEARNING_DAY, MASTERCLASS, INTENSIVE_TRACK, INTERVISION_TRACK, MANAGEMENT_DEVELOPMENT_TRACK, TALENT_PROGRAMME,
	COACHING

}
