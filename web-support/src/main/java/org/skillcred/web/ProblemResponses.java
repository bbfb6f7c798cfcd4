package org.skillcred.web;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springframework.http.HttpStatus;

/**
 * The RFC 9457 problem responses of both services' OpenAPI documents: one {@code Problem} schema
 * with the service's stable codes, and, per operation, one response per status naming the codes
 * it can carry, so generated clients know every error they may meet.
 */
public final class ProblemResponses {

	/** The schema's name under {@code components/schemas}. */
	public static final String SCHEMA = "Problem";

	private ProblemResponses() {
	}

	/**
	 * The problem document schema.
	 * @param codes the service's problem codes
	 * @return the schema
	 */
	public static Schema<?> schema(List<String> codes) {
		StringSchema code = new StringSchema();
		codes.forEach(code::addEnumItem);
		return new ObjectSchema().description("An RFC 9457 problem document with a stable code.")
			.addProperty("type", new StringSchema().format("uri").description("urn:skillcred:problem:<code>"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema())
			.addProperty("code", code.description("The stable problem code"))
			.addProperty("rule", new StringSchema().description("For a refused credential: the rule it breaks"))
			.addProperty("pointer", new StringSchema().description("For a refused credential: the JSON Pointer concerned"))
			.addProperty("field", new StringSchema().description("For an invalid field: its name"));
	}

	/**
	 * Visits every operation of a document with its key, {@code "METHOD /path"} (the method in
	 * upper case, as the services' operation catalogues name them).
	 * @param api the document
	 * @param visitor receives each key and operation
	 */
	public static void forEachOperation(OpenAPI api, BiConsumer<String, Operation> visitor) {
		api.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> visitor.accept(method + " " + path, operation)));
	}

	/**
	 * Describes an operation's problem responses.
	 * @param operation the operation
	 * @param codesByStatus the codes it can answer with, by HTTP status
	 */
	public static void add(Operation operation, Map<Integer, List<String>> codesByStatus) {
		codesByStatus.forEach((status, codes) -> operation.getResponses()
			.addApiResponse(Integer.toString(status), new ApiResponse()
				.description(HttpStatus.valueOf(status).getReasonPhrase() + ": problem code " + String.join(", ", codes))
				.content(new Content().addMediaType("application/problem+json",
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))))));
	}

}
