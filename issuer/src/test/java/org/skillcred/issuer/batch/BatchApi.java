package org.skillcred.issuer.batch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.skillcred.issuer.support.IssuerApi;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Drives the batch API as a partner's coordinator would. */
final class BatchApi {

	static final String HEADER = "externalId,name,email,achievementId,language,validUntil\n";

	private final MockMvc mvc;

	BatchApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	MvcResult upload(String apiKey, String contentType, byte[] body, boolean allOrNothing) throws Exception {
		return mvc.perform(post("/api/v1/batches").param("allOrNothing", Boolean.toString(allOrNothing))
			.header("Authorization", "Bearer " + apiKey)
			.contentType(contentType)
			.content(body)).andReturn();
	}

	MvcResult uploadCsv(String csv) throws Exception {
		return upload(IssuerApi.PARTNER_KEY, "text/csv", csv.getBytes(StandardCharsets.UTF_8), false);
	}

	MvcResult status(String apiKey, String id) throws Exception {
		return mvc.perform(get("/api/v1/batches/" + id).header("Authorization", "Bearer " + apiKey)).andReturn();
	}

	/** Polls until the batch is completed. */
	JsonNode awaitCompleted(String id, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			JsonNode batch = IssuerApi.json(status(IssuerApi.PARTNER_KEY, id));
			if ("COMPLETED".equals(batch.path("state").asString())) {
				return batch;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Batch " + id + " did not complete in " + timeout + ": " + batch);
			}
			Thread.sleep(100);
		}
	}

	MvcResult results(String apiKey, String id) throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/batches/" + id + "/results").header("Authorization",
				"Bearer " + apiKey)).andReturn();
		return result.getRequest().isAsyncStarted() ? mvc.perform(asyncDispatch(result)).andReturn() : result;
	}

	/** The results file as rows of cells, header first. */
	List<List<String>> resultRows(String id) throws Exception {
		String csv = results(IssuerApi.PARTNER_KEY, id).getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<List<String>> rows = new ArrayList<>();
		try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(csv))) {
			parser.forEach(record -> rows.add(record.toList()));
		}
		return rows;
	}

	static MediaType csv() {
		return new MediaType("text", "csv");
	}

}
