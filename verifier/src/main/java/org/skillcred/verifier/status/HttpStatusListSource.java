package org.skillcred.verifier.status;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.jspecify.annotations.Nullable;
import org.skillcred.core.credential.CredentialJson;
import org.skillcred.core.jose.AlgorithmPolicy;
import org.skillcred.core.status.BitstringStatusList;
import org.skillcred.core.status.StatusListException;
import org.skillcred.core.status.StatusListSource;
import org.skillcred.core.status.StatusListUnavailableException;
import org.skillcred.core.verification.CredentialDecoder;
import org.skillcred.core.verification.CredentialVerifier;
import org.skillcred.core.verification.IssuerKeySource;
import org.skillcred.core.verification.DecodedCredential;
import org.skillcred.core.verification.FormatException;
import org.skillcred.core.verification.Times;
import org.skillcred.core.verification.VerificationPolicy;
import org.skillcred.core.verification.VerificationReport;
import org.skillcred.core.verification.Verdict;
import org.skillcred.verifier.trust.IssuerKeys;
import org.skillcred.verifier.trust.SafeHttpClient;
import org.skillcred.verifier.trust.TrustList;
import org.skillcred.verifier.trust.TrustedEndpoint;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Fetches {@code BitstringStatusListCredential}s from trusted issuers' hosts, verifies them like
 * any credential (signature by a trusted issuer's key, validity period), decodes them with a size
 * cap, and caches them for their {@code ttl}, never longer than {@code verifier.status.max-cache-age}.
 * <p>
 * Caffeine loads each list once however many verifications ask for it at the same moment. A
 * failure is not cached. When the issuer (or the CDN in front of it) cannot be reached, or serves
 * something that does not verify, the last good list is used while it is still within the validity
 * period its issuer signed ({@code validUntil}) and no older than
 * {@code verifier.status.outage-tolerance}; the answer then says when the list was last confirmed.
 * Beyond that the caller gets {@link StatusListUnavailableException} and the verdict is
 * indeterminate. The issuer is never told which credential is being checked: whole lists are
 * fetched.
 */
@Component
class HttpStatusListSource implements StatusListSource {

	private static final String LIST_TYPE = "BitstringStatusListCredential";

	private final TrustList trustList;

	private final SafeHttpClient http;

	private final CredentialDecoder listDecoder;

	private final CredentialVerifier listVerifier;

	private final StatusProperties properties;

	private final Cache<String, CachedList> cache;

	/** The last list that verified, per URL, kept for outages. */
	private final Cache<String, CachedList> lastGood;

	private final Clock clock;

	private record CachedList(BitstringStatusList list, String purpose, String issuerId, Duration ttl,
			Instant fetchedAt, @Nullable Instant validUntil) {
	}

	HttpStatusListSource(TrustList trustList, SafeHttpClient http, IssuerKeys keys, StatusProperties properties,
			Clock clock) {
		this.trustList = trustList;
		this.http = http;
		this.properties = properties;
		// a status list is itself a credential without a status of its own
		VerificationPolicy policy = VerificationPolicy.defaults()
			.withAlgorithms(new AlgorithmPolicy(AlgorithmPolicy.SUPPORTED))
			.withStatusCheckRequired(false);
		this.listDecoder = new CredentialDecoder(policy);
		this.listVerifier = new CredentialVerifier(policy,
				IssuerKeySource.trustedFor(keys, java.util.Set.of(LIST_TYPE)), clock, null);
		this.clock = clock;
		this.cache = Caffeine.newBuilder()
			.maximumSize(properties.maxCachedLists())
			.expireAfter(Expiry.<String, CachedList>creating((url, entry) -> entry.ttl()))
			.build();
		this.lastGood = Caffeine.newBuilder()
			.maximumSize(properties.maxCachedLists())
			.expireAfterWrite(properties.outageTolerance())
			.build();
	}

	@Override
	public BitstringStatusList list(String listUrl, String purpose, String issuerId)
			throws StatusListUnavailableException, StatusListException {
		return snapshot(listUrl, purpose, issuerId).list();
	}

	@Override
	public Snapshot snapshot(String listUrl, String purpose, String issuerId)
			throws StatusListUnavailableException, StatusListException {
		CachedList entry;
		Instant keptSince = null;
		try {
			entry = cache.get(listUrl, url -> {
				try {
					CachedList fetched = fetch(url, issuerId);
					lastGood.put(url, fetched);
					return fetched;
				}
				catch (StatusListUnavailableException | StatusListException ex) {
					throw new CompletionException(ex);
				}
			});
		}
		catch (CompletionException ex) {
			CachedList kept = lastGood.getIfPresent(listUrl);
			if (kept != null && kept.validUntil() != null && clock.instant().isBefore(kept.validUntil())) {
				entry = kept; // an outage: the last list the issuer signed, still within its validity
				keptSince = kept.fetchedAt();
			}
			else if (ex.getCause() instanceof StatusListException invalid) {
				throw invalid;
			}
			else {
				throw new StatusListUnavailableException("Status list unavailable", ex.getCause());
			}
		}
		if (!entry.issuerId().equals(issuerId)) {
			throw new StatusListException("The status list belongs to another issuer");
		}
		if (!entry.purpose().equals(purpose)) {
			throw new StatusListException("The status list's purpose is " + entry.purpose() + ", not " + purpose);
		}
		return new Snapshot(entry.list(), keptSince);
	}

	private CachedList fetch(String listUrl, String issuerId)
			throws StatusListUnavailableException, StatusListException {
		TrustedEndpoint endpoint = trustList.byId(issuerId)
			.orElseThrow(() -> new StatusListUnavailableException("Issuer not trusted"));
		URI url;
		try {
			url = URI.create(listUrl);
		}
		catch (IllegalArgumentException ex) {
			throw new StatusListException("The status list URL is not a URL");
		}
		String jwt;
		try {
			jwt = http.get(url, endpoint.authorities(), "application/vc+jwt, application/jwt");
		}
		catch (SafeHttpClient.FetchException ex) {
			throw new StatusListUnavailableException(ex.getMessage(), ex);
		}
		DecodedCredential decoded;
		try {
			decoded = listDecoder.decode(jwt);
		}
		catch (FormatException ex) {
			throw new StatusListUnavailableException("The status list could not be read: " + ex.code());
		}
		VerificationReport report = listVerifier.verify(decoded);
		if (report.verdict() != Verdict.VALID) {
			throw new StatusListUnavailableException("The status list failed verification: " + report.failureCodes());
		}
		JsonNode list = decoded.credential();
		if (!CredentialJson.includes(list.path("type"), LIST_TYPE)) {
			throw new StatusListException("Not a BitstringStatusListCredential");
		}
		JsonNode subject = list.path("credentialSubject");
		String purpose = subject.path("statusPurpose").isArray() ? subject.path("statusPurpose").path(0).asString("")
				: subject.path("statusPurpose").asString("");
		BitstringStatusList bits = BitstringStatusList.decode(subject.path("encodedList").asString(""),
				(int) properties.maxListSize().toBytes());
		long ttlMillis = list.path("ttl").asLong(subject.path("ttl").asLong(0));
		Duration ttl = (ttlMillis > 0 && ttlMillis < properties.maxCacheAge().toMillis()) ? Duration.ofMillis(ttlMillis)
				: properties.maxCacheAge();
		Instant now = clock.instant();
		Instant validUntil;
		try {
			validUntil = Times.dateField(list.get("validUntil"));
		}
		catch (IllegalArgumentException ex) {
			throw new StatusListException("The status list's validUntil is not a date");
		}
		if (validUntil != null && Duration.between(now, validUntil).compareTo(ttl) < 0) {
			ttl = Duration.between(now, validUntil).isNegative() ? Duration.ZERO : Duration.between(now, validUntil);
		}
		return new CachedList(bits, purpose, decoded.issuerId(), ttl, now, validUntil);
	}

}
