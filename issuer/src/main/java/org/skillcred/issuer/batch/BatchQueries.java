package org.skillcred.issuer.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.skillcred.issuer.credential.CredentialLinks;
import org.skillcred.issuer.system.IssuerException;
import org.skillcred.issuer.system.PartnerPrincipal;
import org.springframework.stereotype.Service;

/**
 * Reads batches for their owner: progress, and the results file with one line per row.
 */
@Service
class BatchQueries {

	static final List<String> RESULT_COLUMNS = List.of("line", "externalId", "email", "status", "credentialId",
			"learnerLink", "verifyUrl", "errorCode", "error");

	private final BatchStore store;

	private final CredentialLinks links;

	private final Clock clock;

	BatchQueries(BatchStore store, CredentialLinks links, Clock clock) {
		this.store = store;
		this.links = links;
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	/**
	 * A batch, if the caller uploaded it (or is the administrator).
	 * @throws IssuerException not found otherwise: another partner's batch does not exist for them
	 */
	Batch visibleTo(PartnerPrincipal caller, UUID id) {
		return store.find(id)
			.filter(batch -> caller.mayActFor(batch.partnerId()))
			.orElseThrow(() -> IssuerException.notFound("Batch " + id));
	}

	List<Batch> recent(PartnerPrincipal caller) {
		return store.forPartner(caller.requirePartnerId(), 50);
	}

	/** Writes the results CSV, a page of rows from the database at a time. */
	void writeResults(Batch batch, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter csv = new CSVPrinter(writer,
				CSVFormat.RFC4180.builder().setHeader(RESULT_COLUMNS.toArray(String[]::new)).get());
		int after = 0;
		List<BatchStore.ResultRow> page;
		while (!(page = store.results(batch.id(), after, RESULTS_PAGE)).isEmpty()) {
			for (BatchStore.ResultRow row : page) {
				csv.printRecord(row.line(), safe(row.externalId()), safe(row.email()), row.state(), row.credentialId(),
						(row.learnerToken() != null) ? links.learner(row.learnerToken()) : null,
						(row.credentialId() != null) ? links.verify(row.credentialId()) : null, row.errorCode(),
						safe(row.errorDetail()));
			}
			csv.flush();
			after = page.getLast().line();
		}
	}

	static final int RESULTS_PAGE = 2000;

	/**
	 * Text from the uploaded file, made safe to open in a spreadsheet: a cell that starts like a
	 * formula is prefixed with an apostrophe (CSV injection).
	 */
	static @Nullable String safe(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + text : text;
	}

}
