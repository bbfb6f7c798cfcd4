package org.skillcred.core.credential;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The learner who earned the achievement.
 * <p>
 * Learners rarely hold a DID, so the subject carries a pseudonymous {@code id} (a random
 * {@code urn:uuid:} unless the learner supplied their own), their display name, and a salted hash of
 * their e-mail address that lets them prove the credential is theirs.
 *
 * @param id the subject identifier (DID, URI or random {@code urn:uuid:})
 * @param type always contains {@code AchievementSubject}
 * @param name the learner's name as printed on the certificate
 * @param identifier hashed identifiers of the learner, possibly empty
 * @param achievement what was achieved
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#achievementsubject">OB 3.0 AchievementSubject</a>
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "id", "type", "name", "identifier", "achievement" })
public record AchievementSubject(String id, List<String> type, String name, List<IdentityObject> identifier,
		Achievement achievement) {

	public AchievementSubject {
		type = List.copyOf(type);
		identifier = List.copyOf(identifier);
	}

}
