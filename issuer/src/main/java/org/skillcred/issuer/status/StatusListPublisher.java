package org.skillcred.issuer.status;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEObjectType;
import org.skillcred.core.credential.CredentialContexts;
import org.skillcred.core.credential.CredentialJson;
import org.skillcred.core.credential.StatusEntry;
import org.skillcred.core.jose.CredentialSigner;
import org.skillcred.core.status.BitstringStatusCheck;
import org.skillcred.core.status.BitstringStatusList;
import org.skillcred.core.status.TokenStatusList;
import org.skillcred.issuer.signing.SigningKeyRegistry;
import org.skillcred.issuer.system.IssuerException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Publishes status lists, signed by their issuer: as W3C {@code BitstringStatusListCredential}s
 * ({@code vc+jwt}, one per purpose) and as an IETF Token Status List ({@code statuslist+jwt}, two
 * bits per credential). Both views are built from the same stored state, the credentials' states.
 * <p>
 * A published list is kept in memory with the list's revision and rebuilt only when the revision
 * has moved: any number of changes between two requests, or many requests after one change, cost
 * one rebuild. The revision is read from the database on each request, so every instance serves
 * the latest state.
 */
@Service
public class StatusListPublisher {

	/** The media type of a Token Status List. */
	public static final String STATUSLIST_JWT = "application/statuslist+jwt";

	private static final String TOKEN = "token";

	private final StatusListRepository lists;

	private final JdbcTemplate jdbc;

	private final SigningKeyRegistry keys;

	private final StatusListUrls urls;

	private final StatusProperties properties;

	private final Clock clock;

	private final Map<String, Published> published = new ConcurrentHashMap<>();

	StatusListPublisher(StatusListRepository lists, JdbcTemplate jdbc, SigningKeyRegistry keys, StatusListUrls urls,
			StatusProperties properties, Clock clock) {
		this.lists = lists;
		this.jdbc = jdbc;
		this.keys = keys;
		this.urls = urls;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A signed list.
	 *
	 * @param jwt the compact JWS
	 * @param revision the list revision it shows
	 * @param etag a strong entity tag for HTTP caching
	 */
	public record Published(String jwt, long revision, String etag, String kid, long period) {
	}

	/**
	 * The list of one purpose, as a signed {@code BitstringStatusListCredential}.
	 * @param listId the list
	 * @param purpose {@code revocation} or {@code suspension}
	 * @return the signed list
	 */
	public Published bitstring(UUID listId, String purpose) {
		if (!BitstringStatusCheck.REVOCATION.equals(purpose) && !BitstringStatusCheck.SUSPENSION.equals(purpose)
				&& !StatusEntry.MESSAGE.equals(purpose)) {
			throw IssuerException.notFound("Status list");
		}
		return publish(listId, purpose);
	}

	/**
	 * The list as a signed IETF Token Status List.
	 * @param listId the list
	 * @return the signed list
	 */
	public Published token(UUID listId) {
		return publish(listId, TOKEN);
	}

	private Published publish(UUID listId, String view) {
		StatusList list = lists.findById(listId).orElseThrow(() -> IssuerException.notFound("Status list"));
		// a list signed with a key that has since been rotated or compromised is signed again
		String kid = keys.signerFor(list.issuerId()).keyId();
		// and one signed in an earlier half-validity period is signed again, so a list any cache
		// holds always has at least half its validity left; instances agree on the period, so
		// their entity tags agree too
		long period = period(clock.instant());
		return published.compute(listId + "/" + view, (key, current) -> (current != null
				&& current.revision() == list.revision() && current.kid().equals(kid) && current.period() == period)
						? current : build(list, view));
	}

	private Published build(StatusList list, String view) {
		List<Map<String, Object>> changed = jdbc.queryForList(
				"select status_index, state from credential where status_list_id = ? and state <> 'ISSUED'", list.id());
		CredentialSigner signer = keys.signerFor(list.issuerId());
		Instant now = clock.instant();
		String jwt = TOKEN.equals(view) ? tokenList(list, changed, signer, now)
				: bitstringList(list, view, changed, signer, now);
		long period = period(now);
		return new Published(jwt, list.revision(), "\"" + list.id() + "-" + view + "-" + list.revision() + "-"
				+ Integer.toHexString(signer.keyId().hashCode()) + "-" + period + "\"", signer.keyId(), period);
	}

	private long period(Instant instant) {
		return instant.getEpochSecond() / Math.max(1, properties.validity().toSeconds() / 2);
	}

	private String bitstringList(StatusList list, String purpose, List<Map<String, Object>> changed,
			CredentialSigner signer, Instant now) {
		BitstringStatusList bits;
		if (StatusEntry.MESSAGE.equals(purpose)) {
			// two bits an entry, valued as StatusEntry.STATES: 1 revoked, 2 suspended
			Map<Number, Integer> values = new java.util.HashMap<>();
			for (Map<String, Object> row : changed) {
				values.put((Number) row.get("status_index"), "REVOKED".equals(row.get("state")) ? 1 : 2);
			}
			bits = BitstringStatusList.empty(list.capacity() * StatusEntry.MESSAGE_BITS)
				.withValues(values, StatusEntry.MESSAGE_BITS);
		}
		else {
			String wanted = BitstringStatusCheck.REVOCATION.equals(purpose) ? "REVOKED" : "SUSPENDED";
			bits = BitstringStatusList.empty(list.capacity())
				.withAll(changed.stream()
					.filter(row -> wanted.equals(row.get("state")))
					.map(row -> (Number) row.get("status_index"))
					.toList());
		}
		String url = urls.bitstring(list.id(), purpose);
		Map<String, Object> subject = new LinkedHashMap<>();
		subject.put("id", url + "#list");
		subject.put("type", "BitstringStatusList");
		subject.put("statusPurpose", purpose);
		subject.put("encodedList", bits.encode());
		subject.put("ttl", properties.ttl().toMillis());
		Map<String, Object> credential = new LinkedHashMap<>();
		credential.put("@context", List.of(CredentialContexts.VC_V2));
		credential.put("id", url);
		credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
		credential.put("issuer", list.issuerId());
		Instant signed = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		credential.put("validFrom", signed.toString());
		// verifiers may rely on this list through an outage of the issuer until then, no longer
		credential.put("validUntil", signed.plus(properties.validity()).toString());
		credential.put("credentialSubject", subject);
		return signer.signPayload(CredentialJson.defaults().write(credential), new JOSEObjectType("vc+jwt"), "vc");
	}

	private String tokenList(StatusList list, List<Map<String, Object>> changed, CredentialSigner signer,
			Instant now) {
		Map<Number, Integer> values = new java.util.HashMap<>();
		for (Map<String, Object> row : changed) {
			values.put((Number) row.get("status_index"),
					"REVOKED".equals(row.get("state")) ? TokenStatusList.INVALID : TokenStatusList.SUSPENDED);
		}
		TokenStatusList statuses = TokenStatusList.empty(list.capacity(), 2).withAll(values);
		long ttl = Math.max(1, properties.ttl().toSeconds());
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("sub", urls.token(list.id()));
		claims.put("iss", list.issuerId());
		claims.put("iat", now.getEpochSecond());
		claims.put("exp", now.getEpochSecond() + properties.validity().toSeconds());
		claims.put("ttl", ttl);
		claims.put("status_list", Map.of("bits", 2, "lst", statuses.encode()));
		return signer.signPayload(CredentialJson.defaults().write(claims), new JOSEObjectType("statuslist+jwt"), null);
	}

}
