package org.traject.materials.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.JdbcPersonalDataContributor;
import org.traject.web.UploadedFiles;

/**
 * The files a person handed in as pre-work, with the files themselves; erasure deletes
 * them.
 */
@Component
class MaterialsPersonalData extends JdbcPersonalDataContributor {

	MaterialsPersonalData(JdbcClient jdbc) {
		super(jdbc, "materials", "material_hand_in");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		var rows = rows(subject, """
				select h.material_id, m.title, h.file_name, h.handed_in_at, h.data
				from material_hand_in h join material m on m.id = h.material_id
				where h.person_id = :person order by h.handed_in_at""");
		List<Map<String, Object>> listed = new ArrayList<>();
		List<PersonalData.File> files = new ArrayList<>();
		for (var row : rows) {
			listed.add(Map.of("material", row.get("title"), "fileName", row.get("file_name"), "handedInAt",
					row.get("handed_in_at")));
			files.add(new PersonalData.File(
					"hand-in-" + row.get("material_id") + "-" + UploadedFiles.safeName((String) row.get("file_name")),
					(byte[]) row.get("data")));
		}
		return new PersonalData(Map.of("handIns", listed), files);
	}

	@Override
	public void erase(DataSubject subject) {
		update(subject, "delete from material_hand_in where person_id = :person");
	}

}
