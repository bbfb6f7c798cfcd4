package org.skillcred.issuer.system;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.skillcred.web.CallerText;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * On requests that change something (POST, PUT, PATCH, DELETE), a query parameter the operation
 * does not know, or a known one without a value, is refused rather than ignored: with
 * {@code ?allornothing=true} (or a bare {@code ?allOrNothing}) a batch would otherwise issue its
 * good rows, which is exactly what the caller asked it not to do. Only the query string is read,
 * never a form body. Reads keep accepting extra parameters (a cache-buster harms nothing).
 */
class StrictQueryParameters implements HandlerInterceptor {

	private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String query = request.getQueryString();
		if (query == null || query.isEmpty() || !CHANGING.contains(request.getMethod())
				|| request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod method)) {
			return true;
		}
		Set<String> known = new LinkedHashSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : param.value();
				known.add(!name.isEmpty() ? name : parameter.getParameterName());
			}
		}
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			if (!known.contains(name)) {
				throw new IssuerException(ProblemCode.MALFORMED_REQUEST, "This operation has no parameter '"
						+ CallerText.quote(name, 40) + "'" + (known.isEmpty() ? "" : "; its parameters are " + new TreeSet<>(known))
						+ ". Nothing was done: check its spelling.").with("field", CallerText.quote(name, 40));
			}
			if (equals < 0 || equals == pair.length() - 1) {
				throw new IssuerException(ProblemCode.MALFORMED_REQUEST, "The parameter '" + name
						+ "' needs a value (for example " + name + "=true). Nothing was done.").with("field", name);
			}
		}
		return true;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}


}
