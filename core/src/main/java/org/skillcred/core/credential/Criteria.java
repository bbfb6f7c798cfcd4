package org.skillcred.core.credential;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * How the achievement is earned: a page describing it, a Markdown narrative, or both.
 *
 * @param id URL of a criteria page, optional
 * @param narrative Markdown text, optional
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#criteria">OB 3.0 Criteria</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Criteria(@Nullable String id, @Nullable String narrative) {

	public Criteria {
		if (id == null && narrative == null) {
			throw new IllegalArgumentException("Criteria need an id or a narrative");
		}
	}

}
