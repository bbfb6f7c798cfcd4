package org.skillcred.issuer.batch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The partner API for batch issuance: upload a cohort as CSV or a JSON array, watch its progress,
 * and download each row's outcome as CSV. A batch is visible only to the partner that uploaded it.
 */
@RestController
@RequestMapping("/api/v1/batches")
class BatchController {

	static final String TEXT_CSV = "text/csv";

	private final BatchSubmission submission;

	private final BatchQueries queries;

	BatchController(BatchSubmission submission, BatchQueries queries) {
		this.submission = submission;
		this.queries = queries;
	}

	@PostMapping(consumes = { TEXT_CSV, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<BatchResponse> upload(@AuthenticationPrincipal PartnerPrincipal caller,
			@RequestParam(defaultValue = "false") boolean allOrNothing,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType,
			@RequestBody(required = false) byte @Nullable [] body) {
		BatchSubmission.Format format = (contentType != null
				&& MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON))
						? BatchSubmission.Format.JSON : BatchSubmission.Format.CSV;
		// an empty upload is a file without rows, which the submission explains
		Batch batch = submission.submit(caller, (body != null) ? body : new byte[0], format, allOrNothing);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/v1/batches/" + batch.id()))
			.body(BatchResponse.of(batch, batch.createdAt()));
	}

	@GetMapping
	List<BatchResponse> list(@AuthenticationPrincipal PartnerPrincipal caller) {
		Instant now = queries.now();
		return queries.recent(caller).stream().map(batch -> BatchResponse.of(batch, now)).toList();
	}

	@GetMapping("/{id}")
	BatchResponse get(@AuthenticationPrincipal PartnerPrincipal caller, @PathVariable UUID id) {
		return BatchResponse.of(queries.visibleTo(caller, id), queries.now());
	}

	@GetMapping(path = "/{id}/results", produces = TEXT_CSV)
	ResponseEntity<StreamingResponseBody> results(@AuthenticationPrincipal PartnerPrincipal caller,
			@PathVariable UUID id) {
		Batch batch = queries.visibleTo(caller, id);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"batch-" + batch.id() + "-results.csv\"")
			.body(out -> queries.writeResults(batch, out));
	}

	/**
	 * A batch's progress.
	 *
	 * @param id the batch
	 * @param state {@code RUNNING} or {@code COMPLETED}
	 * @param allOrNothing whether the file was accepted only because every row was valid
	 * @param format {@code csv} or {@code json}
	 * @param total rows in the file
	 * @param issued rows issued a new credential
	 * @param alreadyIssued rows whose recipient already held the credential
	 * @param failed rows rejected (see the results)
	 * @param remaining rows still to do
	 * @param rowsPerSecond rows done per second since the upload
	 * @param estimatedSecondsLeft time left at that rate, or null before any row is done
	 * @param createdAt when it was uploaded
	 * @param finishedAt when its last row was done, or null
	 * @param links where to poll and where the results are
	 */
	record BatchResponse(UUID id, BatchState state, boolean allOrNothing, String format, int total, int issued,
			int alreadyIssued, int failed, int remaining, double rowsPerSecond, @Nullable Long estimatedSecondsLeft,
			Instant createdAt, @Nullable Instant finishedAt, Links links) {

		static BatchResponse of(Batch batch, Instant now) {
			var left = batch.estimatedTimeLeft(now);
			return new BatchResponse(batch.id(), batch.state(), batch.allOrNothing(), batch.format(), batch.total(),
					batch.issued(), batch.alreadyIssued(), batch.failed(), batch.remaining(),
					Math.round(batch.rowsPerSecond(now) * 10) / 10.0, (left != null) ? left.toSeconds() : null,
					batch.createdAt(), batch.finishedAt(),
					new Links("/api/v1/batches/" + batch.id(), "/api/v1/batches/" + batch.id() + "/results"));
		}

	}

	record Links(String self, String results) {
	}

}
