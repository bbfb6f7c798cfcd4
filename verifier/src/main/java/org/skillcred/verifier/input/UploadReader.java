package org.skillcred.verifier.input;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded file into what it carries: a compact JWT (from a {@code .jwt} file or a PDF's
 * attachment) or the text of a QR code (a verification link, or a JWT). The file type is taken
 * from its first bytes, never from its name or declared media type.
 * <p>
 * Reading is a bulkhead: a few dedicated threads per instance, a short queue, and a time limit per
 * file. Hostile uploads therefore wait for each other, never for the request threads that verify
 * links and JWTs, and memory stays bounded however many arrive at once.
 */
@Component
public class UploadReader {

	private final QrCodes qrCodes;

	private final CertificatePdfs pdfs;

	private final ThreadPoolExecutor readers;

	private final BakedBadges badges;

	private static final int TIMEOUT_STEP = 8 * 1024 * 1024;

	private final Semaphore buffered;

	private final int bufferedPermits;


	private final long timeoutMillis;

	UploadReader(UploadProperties properties) {
		this.qrCodes = new QrCodes(properties.maxImagePixels(), properties.maxDecodedImageSize().toBytes(),
				properties.decodePixels());
		this.pdfs = new CertificatePdfs(properties.maxPdfPages(), (int) properties.maxAttachmentSize().toBytes(),
				properties.maxPdfObjects(), properties.maxPdfNesting());
		this.readers = new ThreadPoolExecutor(properties.readers(), properties.readers(), 1, TimeUnit.MINUTES,
				new ArrayBlockingQueue<>(Math.max(1, properties.queuedReads())),
				new CustomizableThreadFactory("upload-reader-"));
		this.timeoutMillis = properties.readTimeout().toMillis();
		this.badges = new BakedBadges((int) properties.maxAttachmentSize().toBytes());
		this.bufferedPermits = kilobytes(properties.maxBufferedUploads().toBytes());
		this.buffered = new Semaphore(bufferedPermits, true);
	}

	/**
	 * Reserves memory for an upload before its bytes are read, so many large phone photos at once
	 * wait for each other (and, beyond the wait, get 503) instead of filling the heap.
	 * @param size the upload's size in bytes
	 * @return the reservation, released when closed
	 * @throws UnusableUploadException BUSY when the memory is not free in time
	 */
	public Admission admit(long size) throws UnusableUploadException {
		int permits = Math.max(1, Math.min(kilobytes(size), bufferedPermits)); // never more than exist
		try {
			if (!buffered.tryAcquire(permits, timeoutMillis, TimeUnit.MILLISECONDS)) {
				throw busy();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw busy();
		}
		return () -> buffered.release(permits);
	}

	/** A reservation of upload memory. */
	public interface Admission extends AutoCloseable {

		@Override
		void close();

	}

	private static int kilobytes(long bytes) {
		return (int) Math.min(Integer.MAX_VALUE, (bytes + 1023) / 1024);
	}

	private static boolean looksLikeXml(byte[] bytes) {
		int i = (startsWith(bytes, "\u00EF\u00BB\u00BF")) ? 3 : 0; // a UTF-8 byte order mark
		while (i < bytes.length && i < 64 && Character.isWhitespace(bytes[i])) {
			i++;
		}
		return i < bytes.length && bytes[i] == '<';
	}

	@PreDestroy
	void stop() {
		readers.shutdownNow();
	}

	/**
	 * What an upload carried.
	 *
	 * @param source what kind of file it was
	 * @param content a compact JWT or a verification link
	 * @param pdfSignature for a PDF, what its digital signature says
	 */
	public record Extracted(Source source, String content, @Nullable PdfSignatureInfo pdfSignature) {
	}

	/** The kinds of upload. */
	public enum Source {

		PDF, QR_IMAGE, JWT_FILE,

		/** An Open Badges 3.0 baked image (PNG or SVG) carrying its credential. */
		BAKED_BADGE

	}

	public Extracted read(byte[] bytes) throws UnusableUploadException {
		if (startsWith(bytes, "%PDF-")) {
			return bounded(bytes.length, () -> {
				CertificatePdfs.Contents contents = pdfs.read(bytes);
				return new Extracted(Source.PDF, contents.credential(), contents.signature());
			}, null);
		}
		if (startsWith(bytes, "\u0089PNG")) {
			String baked = badges.fromPng(bytes);
			if (baked != null) {
				return new Extracted(Source.BAKED_BADGE, baked, null);
			}
		}
		if (looksLikeXml(bytes)) {
			return bounded(bytes.length, () -> {
				String credential = badges.fromSvg(bytes);
				if (credential == null) {
					throw new UnusableUploadException(UnusableUploadException.Reason.NO_CREDENTIAL_IN_BADGE,
							"The image carries no Open Badges credential.");
				}
				return new Extracted(Source.BAKED_BADGE, credential, null);
			}, null);
		}
		if (startsWith(bytes, "\u0089PNG") || (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF
				&& (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF)) {
			AtomicBoolean cancelled = new AtomicBoolean();
			return bounded(bytes.length, () -> new Extracted(Source.QR_IMAGE, qrCodes.read(bytes, cancelled), null), cancelled);
		}
		String text = new String(bytes, StandardCharsets.US_ASCII).strip();
		if (text.startsWith("ey") && text.chars().allMatch(c -> c == '.' || c == '-' || c == '_'
				|| Character.isLetterOrDigit(c))) {
			return new Extracted(Source.JWT_FILE, text, null);
		}
		throw new UnusableUploadException(UnusableUploadException.Reason.UNSUPPORTED_FILE,
				"Upload a certificate PDF, a photo of its QR code (PNG or JPEG) or a credential (.jwt) file.");
	}

	/**
	 * Runs one read on the bulkhead within the time limit. A read that overruns is told to stop
	 * (images check {@code cancelled} between decoding steps); its thread stays counted until it
	 * does, so overruns can never pile up beyond the bulkhead.
	 */
	private Extracted bounded(int size, Callable<Extracted> read, @Nullable AtomicBoolean cancelled)
			throws UnusableUploadException {
		AtomicBoolean started = new AtomicBoolean();
		Future<Extracted> future;
		try {
			future = readers.submit(() -> {
				started.set(true);
				return read.call();
			});
		}
		catch (RejectedExecutionException ex) {
			throw busy();
		}
		try {
			// decoding time grows with the file (a 20 MB phone photo takes about a second), so
			// the limit is the read timeout for each started 8 MB: small hostile files stay at one
			long limit = timeoutMillis * Math.max(1, (size + TIMEOUT_STEP - 1) / TIMEOUT_STEP);
			return future.get(limit, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			if (cancelled != null) {
				cancelled.set(true);
			}
			if (!started.get()) {
				throw busy();
			}
			throw new UnusableUploadException(UnusableUploadException.Reason.TOO_COMPLEX,
					"The file took too long to read; a certificate or a photo of its QR code reads in well under a second.");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			future.cancel(true);
			throw busy();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof UnusableUploadException unusable) {
				throw unusable;
			}
			throw new UnusableUploadException(UnusableUploadException.Reason.UNSUPPORTED_FILE,
					"The file could not be read.");
		}
	}

	private static UnusableUploadException busy() {
		return new UnusableUploadException(UnusableUploadException.Reason.BUSY,
				"Too many files are being read right now; try again in a few seconds.");
	}

	private static boolean startsWith(byte[] bytes, String magic) {
		if (bytes.length < magic.length()) {
			return false;
		}
		for (int i = 0; i < magic.length(); i++) {
			if ((bytes[i] & 0xFF) != magic.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
