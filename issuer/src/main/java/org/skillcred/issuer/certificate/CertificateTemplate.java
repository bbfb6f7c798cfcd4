package org.skillcred.issuer.certificate;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One version of a certificate template, as written in {@code templates/<key>/v<N>.yml}.
 * Coordinates are PDF points from the bottom-left corner. See {@code templates/README.md}.
 *
 * @param key the template key achievements name
 * @param version the version; published versions never change
 * @param name a name for people choosing a template
 * @param page page size and orientation
 * @param background colours and frame
 * @param images logos and signature images
 * @param texts text blocks with placeholders
 * @param qr where the verification QR code goes
 * @param brand where the partner's logo, seal and signatories go, if the template has room for them
 */
public record CertificateTemplate(String key, int version, String name, Page page, Background background,
		@DefaultValue List<ImageBlock> images, List<TextBlock> texts, QrBlock qr, @Nullable Brand brand) {

	/**
	 * The same layout mirrored, for a language written right to left: what was on the left is on
	 * the right (the QR code, the dates, the logo, the seal), as an Arabic reader expects.
	 * @param pageWidth the page's width in points
	 * @return the mirrored template
	 */
	public CertificateTemplate mirrored(float pageWidth) {
		return new CertificateTemplate(key, version, name, page, background,
				images.stream().map(i -> new ImageBlock(i.file(), pageWidth - i.x() - i.width(), i.y(), i.width())).toList(),
				texts.stream()
					.map(t -> new TextBlock(t.text(), pageWidth - t.x() - t.width(), t.y(), t.width(), t.height(), t.size(),
							t.minSize(), t.weight(), t.color(), t.align()))
					.toList(),
				new QrBlock(pageWidth - qr.x() - qr.size(), qr.y(), qr.size()),
				(brand == null) ? null : new Brand(mirror(brand.logo(), pageWidth), mirror(brand.seal(), pageWidth),
						mirror(brand.signatories(), pageWidth)));
	}

	/**
	 * Where the QR code is drawn: the template's place, moved inward where its white quiet zone
	 * would cover the frame's inner rule (the renderer draws the double frame on every version;
	 * the frame stays unbroken and the quiet zone clear of ink).
	 * @param pageWidth the page's width in points
	 * @param pageHeight the page's height in points
	 * @return the QR code's place on the page
	 */
	public QrBlock qrInsideFrame(float pageWidth, float pageHeight) {
		Border border = background.border();
		if (border == null) {
			return qr;
		}
		float inside = border.innerRule() + 2; // the rule's ink is 0.75 pt wide: a clear gap beyond it
		float x = Math.min(Math.max(qr.x(), inside), pageWidth - inside - qr.size());
		float y = Math.min(Math.max(qr.y(), inside), pageHeight - inside - qr.size());
		return new QrBlock(x, y, qr.size());
	}

	private static @Nullable Box mirror(@Nullable Box box, float pageWidth) {
		return (box == null) ? null : new Box(pageWidth - box.x() - box.width(), box.y(), box.width(), box.height());
	}

	/**
	 * The places of a partner's branding; each optional.
	 *
	 * @param logo the box the partner's logo is fitted into
	 * @param seal the box the partner's seal is fitted into
	 * @param signatories the box the signatories share, side by side: signature, rule, name, title
	 */
	public record Brand(@Nullable Box logo, @Nullable Box seal, @Nullable Box signatories) {
	}

	/**
	 * A box an image or group is fitted into, keeping proportions.
	 *
	 * @param x left edge
	 * @param y bottom edge
	 * @param width width
	 * @param height height
	 */
	public record Box(float x, float y, float width, float height) {
	}

	/**
	 * @param size {@code A4} or {@code LETTER}
	 * @param orientation {@code portrait} or {@code landscape}
	 */
	public record Page(@DefaultValue("A4") String size, @DefaultValue("landscape") String orientation) {
	}

	/**
	 * @param color page colour
	 * @param border optional frame
	 * @param band optional full-width band
	 * @param image optional PNG or JPEG file next to the template, stretched over the page
	 * @param pdf optional PDF file next to the template whose first page is drawn as the background
	 * (vector artwork from a designer)
	 */
	public record Background(@DefaultValue("#FFFFFF") String color, @Nullable Border border, @Nullable Band band,
			@Nullable String image, @Nullable String pdf) {
	}

	public record Border(String color, float width, float inset) {

		/** How far from the paper's edge the fine second rule of the double frame runs. */
		public float innerRule() {
			return inset + width + 4;
		}

	}

	public record Band(String color, float y, float height) {
	}

	/**
	 * @param file an image file next to the template
	 * @param x left edge
	 * @param y bottom edge
	 * @param width width; the height follows the image's proportions
	 */
	public record ImageBlock(String file, float x, float y, float width) {
	}

	/**
	 * @param text the text, with {@code {placeholders}}
	 * @param x left edge of the box
	 * @param y bottom edge of the box
	 * @param width box width
	 * @param height box height
	 * @param size preferred font size
	 * @param minSize smallest size before the text counts as not fitting
	 * @param weight {@code regular} or {@code bold}
	 * @param color text colour
	 * @param align {@code left}, {@code center} or {@code right}
	 */
	public record TextBlock(String text, float x, float y, float width, float height, float size,
			@DefaultValue("6") float minSize, @DefaultValue("regular") String weight,
			@DefaultValue("#000000") String color, @DefaultValue("center") String align) {
	}

	/**
	 * @param x left edge
	 * @param y bottom edge
	 * @param size side length, at least 57 pt (2 cm)
	 */
	public record QrBlock(float x, float y, float size) {
	}

}
