package org.skillcred.web;

import java.io.IOException;
import java.util.function.ToLongFunction;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects request bodies over a limit before anything parses them: at once with 413 when
 * {@code Content-Length} says so, and with a {@link PayloadTooLargeException} from the stream
 * while reading a chunked body (the application's error handling turns it into 413).
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

	/**
	 * Writes the 413 answer in the application's own format: a problem document for an API
	 * client, a page for a browser.
	 */
	@FunctionalInterface
	public interface TooLargeResponder {

		void respond(HttpServletRequest request, HttpServletResponse response, long limit)
				throws IOException, ServletException;

	}

	private final ToLongFunction<HttpServletRequest> limits;

	private final TooLargeResponder responder;

	public BodySizeLimitFilter(long limit, TooLargeResponder responder) {
		this(request -> limit, responder);
	}

	/**
	 * A filter whose limit depends on the request, such as a larger one for file uploads.
	 * @param limits the limit for a request, in bytes
	 * @param responder writes the 413 answer
	 */
	public BodySizeLimitFilter(ToLongFunction<HttpServletRequest> limits, TooLargeResponder responder) {
		this.limits = limits;
		this.responder = responder;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limits.applyAsLong(request);
		if (request.getContentLengthLong() > limit) {
			responder.respond(request, response, limit);
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit), response);
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new LimitedInputStream(super.getInputStream(), limit);
			}
			return stream;
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private long count;

		LimitedInputStream(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws PayloadTooLargeException {
			count += n;
			if (count > limit) {
				throw new PayloadTooLargeException(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			delegate.setReadListener(listener);
		}

	}

}
