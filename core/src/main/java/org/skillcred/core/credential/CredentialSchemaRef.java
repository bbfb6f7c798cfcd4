package org.skillcred.core.credential;

/**
 * A {@code credentialSchema} entry.
 *
 * @param id the schema URL
 * @param type the validator type
 */
public record CredentialSchemaRef(String id, String type) {

	/** The Open Badges 3.0 JSON schema, with the validator type 1EdTech tools expect. */
	public static final CredentialSchemaRef OB_V3_ACHIEVEMENT_CREDENTIAL = new CredentialSchemaRef(
			"https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
			"1EdTechJsonSchemaValidator2019");

}
