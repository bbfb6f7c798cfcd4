package org.skillcred.core.credential;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * The issuer of a credential as an Open Badges 3.0 {@code Profile}.
 *
 * @param id the issuer identifier, a DID ({@code did:web:...}) or https URL
 * @param type always contains {@code Profile}
 * @param name the display name of the issuing organisation
 * @param url the organisation's web site, optional
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#profile">OB 3.0 Profile</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "id", "type", "name", "url" })
public record IssuerProfile(String id, List<String> type, String name, @Nullable String url) {

	public IssuerProfile {
		type = List.copyOf(type);
	}

	/**
	 * Creates a profile of type {@code Profile}.
	 * @param id the issuer identifier
	 * @param name the display name
	 * @param url the web site, or null
	 * @return the profile
	 */
	public static IssuerProfile of(String id, String name, @Nullable String url) {
		return new IssuerProfile(id, List.of("Profile"), name, url);
	}

}
