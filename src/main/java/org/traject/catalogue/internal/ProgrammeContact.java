package org.traject.catalogue.internal;

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

import org.jspecify.annotations.Nullable;
import org.traject.catalogue.ContactRole;

/**
 * A named person to contact about a programme, e.g. its consultant and its course
 * secretary.
 */
@Entity
@Table(name = "programme_contact")
public class ProgrammeContact {

	// The id, programme and position mappings read as ProgrammeModule's on purpose:
	// each entity maps its own table, and a shared superclass for three field
	// declarations would tie the two tables' columns together.

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
	private ContactRole role;

	@Column(nullable = false)
	private String name;

	private @Nullable String email;

	private @Nullable String phone;

	protected ProgrammeContact() {
	}

	ProgrammeContact(Programme programme, int position, ContactRole role, String name, @Nullable String email,
			@Nullable String phone) {
		this.programme = programme;
		this.position = position;
		this.role = role;
		this.name = name;
		this.email = email;
		this.phone = phone;
	}

	void change(ContactRole role, String name, @Nullable String email, @Nullable String phone) {
		this.role = role;
		this.name = name;
		this.email = email;
		this.phone = phone;
	}

	void moveTo(int position) {
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	public ContactRole getRole() {
		return role;
	}

	public String getName() {
		return name;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public @Nullable String getPhone() {
		return phone;
	}

}
