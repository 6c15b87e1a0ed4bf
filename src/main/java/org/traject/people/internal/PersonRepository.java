package org.traject.people.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByEmail(String email);

	boolean existsByEmail(String email);

	@Query("""
			select p from Person p
			where lower(p.displayName) like lower(concat('%', :text, '%')) or p.email like lower(concat('%', :text, '%'))
			order by p.displayName, p.id""")
	List<Person> search(String text, Pageable page);

}
