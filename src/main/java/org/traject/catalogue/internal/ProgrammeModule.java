package org.traject.catalogue.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.traject.catalogue.ModuleType;

/**
 * One component of a programme: a theme day, a network meeting, an exam, an internship...
 */
@Entity
@Table(name = "programme_module")
public class ProgrammeModule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id")
	private Programme programme;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ModuleType type;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false, precision = 4, scale = 1)
	private BigDecimal days;

	@Column(nullable = false)
	private String description;

	protected ProgrammeModule() {
	}

	ProgrammeModule(Programme programme, int position, ModuleType type, String title, BigDecimal days,
			String description) {
		this.programme = programme;
		this.position = position;
		change(type, title, days, description);
	}

	void change(ModuleType type, String title, BigDecimal days, String description) {
		this.type = type;
		this.title = title;
		this.days = days;
		this.description = description;
	}

	void moveTo(int position) {
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public ModuleType getType() {
		return type;
	}

	public String getTitle() {
		return title;
	}

	public BigDecimal getDays() {
		return days;
	}

	public String getDescription() {
		return description;
	}

}
