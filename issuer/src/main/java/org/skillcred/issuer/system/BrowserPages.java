package org.skillcred.issuer.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.skillcred.core.i18n.Language;
import org.skillcred.core.i18n.Languages;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Errors a person's browser can reach (a dead learner link, a page that does not exist, too many
 * requests) are answered with a page in the visitor's language; API clients keep their problem
 * documents. A browser is a request that accepts HTML, outside the API paths.
 */
@Component
public class BrowserPages {

	private static final List<String> API_PATHS = List.of("/api/", "/credentials/", "/status/", "/.well-known/",
			"/partners/", "/v3/", "/actuator/");

	private final MessageSource messages;

	private final ITemplateEngine templates;

	private final PageLanguage pageLanguage;

	BrowserPages(MessageSource messages, ITemplateEngine templates, PageLanguage pageLanguage) {
		this.messages = messages;
		this.templates = templates;
		this.pageLanguage = pageLanguage;
	}

	/**
	 * Whether an error on this request should be a page rather than a problem document.
	 * @param request the request (for an error dispatch, the original path is used)
	 * @return true for a browser outside the APIs
	 */
	public boolean wanted(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		String path = path(request);
		return accept != null && accept.contains("text/html") && API_PATHS.stream().noneMatch(path::startsWith);
	}

	/**
	 * The error page for a status, rendered here so that handlers which must answer with a
	 * {@link ResponseEntity} can answer a browser too.
	 * @param request the request
	 * @param status the status
	 * @return the page, with its status and Content-Language
	 */
	public ResponseEntity<Object> page(HttpServletRequest request, int status) {
		Language page = pageLanguage.of(request, Languages.FALLBACK);
		String language = page.code();
		Locale locale = page.locale();
		String kind = switch (status) {
			case 404 -> path(request).startsWith("/learn/") ? "learnerLink" : "notFound";
			case 413 -> "tooLarge";
			case 429 -> "tooManyRequests";
			default -> (status >= 500) ? "unavailable" : "badRequest";
		};
		Context context = new Context(locale, Map.of("lang", language, "rtl", page.rtl(),
				"title", messages.getMessage("page.error." + kind + ".title", null, locale),
				"body", messages.getMessage("page.error." + kind + ".body", null, locale)));
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Language", language)
			.header("Vary", "Accept, Accept-Language");
		if (status == 429) {
			answer.header("Retry-After", "60");
		}
		return answer.body(templates.process("problem-page", context));
	}

	private static String path(HttpServletRequest request) {
		Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		return (original instanceof String uri) ? uri : request.getRequestURI();
	}

}
