package org.skillcred.core.credential;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * Links an achievement to a competency in an external framework (for example a national AI
 * competency framework or UNESCO's AI competency framework for civil servants).
 *
 * @param type always {@code Alignment}
 * @param targetName the competency's name
 * @param targetUrl the competency's URL
 * @param targetDescription short description, optional
 * @param targetFramework the framework's name, optional
 * @param targetCode the competency's code in the framework, optional
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#alignment">OB 3.0 Alignment</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "type", "targetName", "targetUrl", "targetDescription", "targetFramework", "targetCode" })
public record Alignment(List<String> type, String targetName, String targetUrl, @Nullable String targetDescription,
		@Nullable String targetFramework, @Nullable String targetCode) {

	public Alignment {
		type = List.copyOf(type);
	}

	/**
	 * Creates an alignment of type {@code Alignment}.
	 * @param targetName competency name
	 * @param targetUrl competency URL
	 * @param targetFramework framework name or null
	 * @param targetCode competency code or null
	 * @return the alignment
	 */
	public static Alignment of(String targetName, String targetUrl, @Nullable String targetFramework,
			@Nullable String targetCode) {
		return new Alignment(List.of("Alignment"), targetName, targetUrl, null, targetFramework, targetCode);
	}

}
