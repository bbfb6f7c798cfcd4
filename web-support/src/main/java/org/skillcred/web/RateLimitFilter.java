package org.skillcred.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client rate limits (token buckets from Bucket4j, one per rule and client address, kept in a
 * bounded cache). A rule either counts every request it applies to, or only its failures (wrong API
 * keys, unknown learner links), so that guessing is slowed down while a legitimate client, whose
 * requests succeed, keeps working. Over a limit the answer is 429 with {@code Retry-After}, sent as
 * an error so that each service answers it in its own format (a problem document, or a page).
 * <p>
 * The buckets live in each instance's memory: behind a load balancer with n instances a client
 * gets at most n times the limit, which still bounds guessing to a few attempts a second.
 */
public class RateLimitFilter extends OncePerRequestFilter {

	private static final int MAX_CLIENTS = 100_000;

	/**
	 * One limit.
	 *
	 * @param name the rule's name, for logs and bucket keys
	 * @param applies which requests it concerns
	 * @param failure for a rule that counts failures only, which answer statuses are failures; null to
	 * count every request
	 * @param perMinute how many a client may make a minute (also the burst)
	 */
	public record Rule(String name, Predicate<HttpServletRequest> applies, @Nullable IntPredicate failure,
			int perMinute) {

		public Rule {
			if (perMinute < 1) {
				throw new IllegalArgumentException("A rate limit allows at least one request a minute: " + name);
			}
		}

	}

	/** A bucket to charge once the answer shows whether the request failed. */
	private record Charge(Bucket bucket, IntPredicate failure) {
	}

	private final List<Rule> rules;

	private final ClientAddresses clients;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(MAX_CLIENTS)
		.expireAfterAccess(Duration.ofMinutes(5))
		.build();

	public RateLimitFilter(List<Rule> rules, ClientAddresses clients) {
		this.rules = List.copyOf(rules);
		this.clients = clients;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = null;
		List<Charge> onFailure = new ArrayList<>();
		for (Rule rule : rules) {
			if (!rule.applies().test(request)) {
				continue;
			}
			client = (client != null) ? client : clients.of(request);
			Bucket bucket = buckets.get(rule.name() + "|" + client, key -> newBucket(rule));
			ConsumptionProbe probe = (rule.failure() == null) ? bucket.tryConsumeAndReturnRemaining(1)
					: bucket.estimateAbilityToConsume(1).canBeConsumed() ? null : bucket.tryConsumeAndReturnRemaining(1);
			if (probe != null && !probe.isConsumed()) {
				long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
				response.setHeader("Retry-After", Long.toString(seconds));
				response.sendError(429);
				return;
			}
			if (rule.failure() != null) {
				onFailure.add(new Charge(bucket, rule.failure()));
			}
		}
		chain.doFilter(request, response);
		for (Charge charge : onFailure) {
			if (charge.failure().test(response.getStatus())) {
				charge.bucket().tryConsume(1);
			}
		}
	}

	private static Bucket newBucket(Rule rule) {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(rule.perMinute()).refillGreedy(rule.perMinute(), Duration.ofMinutes(1)))
			.build();
	}

}
