package org.skillcred.core.credential;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * What the learner achieved: a course, a certification, a training programme.
 *
 * @param id a URI identifying the achievement at its issuer
 * @param type always contains {@code Achievement}
 * @param name the achievement's name
 * @param description what it is about
 * @param criteria how it is earned
 * @param achievementType an OB 3.0 achievement type such as {@code Certificate}, optional
 * @param image an image of the badge, optional
 * @param alignment competencies it is aligned with, possibly empty
 * @param inLanguage the language of the achievement (BCP 47), optional
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#achievement">OB 3.0 Achievement</a>
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "id", "type", "achievementType", "name", "description", "criteria", "image", "alignment",
		"inLanguage" })
public record Achievement(String id, List<String> type, String name, String description, Criteria criteria,
		@Nullable String achievementType, @Nullable Image image, List<Alignment> alignment,
		@Nullable String inLanguage) {

	public Achievement {
		type = List.copyOf(type);
		alignment = List.copyOf(alignment);
	}

}
