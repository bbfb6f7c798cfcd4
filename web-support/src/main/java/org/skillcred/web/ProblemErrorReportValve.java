package org.skillcred.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Answers requests that Tomcat rejects before the application sees them (an encoded slash or NUL
 * in the path, an oversized header, a malformed request line) with an RFC 9457 problem document
 * instead of Tomcat's HTML page, so that every error of both services has one shape.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String code = switch (status) {
			case 404 -> "NOT_FOUND";
			case 405 -> "METHOD_NOT_ALLOWED";
			case 413 -> "PAYLOAD_TOO_LARGE";
			default -> (status >= 500) ? "INTERNAL_ERROR" : "MALFORMED_REQUEST";
		};
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"urn:skillcred:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')
						+ "\",\"title\":\"" + code.replace('_', ' ').toLowerCase(Locale.ROOT) + "\",\"status\":" + status
						+ ",\"detail\":\"The request cannot be served (" + status + ").\",\"code\":\"" + code + "\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response was committed meanwhile: nothing more to say
		}
	}

	/**
	 * Puts this valve in place of the host's error report valve; call from a Tomcat context
	 * customizer.
	 * @param context the application's context
	 */
	public static void install(Context context) {
		Container parent = context.getParent();
		if (parent instanceof StandardHost host) {
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			host.getPipeline().addValve(new ProblemErrorReportValve());
		}
	}

}
