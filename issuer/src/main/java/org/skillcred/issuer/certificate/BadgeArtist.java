package org.skillcred.issuer.certificate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Draws the Open Badges image of an achievement: a rosette in the certificate's colour with an
 * icon for the kind of achievement (a check mark for a completed course, a star for a
 * certification, two figures for participation), the kind in the certificate's language, the
 * achievement's title and the issuer's name, set in the certificate fonts so that any script
 * prints, and bidi-shaped by Java2D. The credential is baked in by {@link BadgeBaker}.
 */
@Component
public class BadgeArtist {

	private static final int SIZE = 600;

	private final List<Font> regular;

	private final List<Font> bold;

	private final CertificateLabels labels;

	BadgeArtist(TemplateProperties properties, CertificateLabels labels) throws IOException {
		this.labels = labels;
		String base = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
		DefaultResourceLoader loader = new DefaultResourceLoader();
		List<Font> regularFonts = new ArrayList<>();
		List<Font> boldFonts = new ArrayList<>();
		for (String file : new String[] { "NotoSans-Regular", "NotoNaskhArabic-Regular", "DroidSansFallbackFull" }) {
			try (InputStream in = loader.getResource(base + "fonts/" + file + ".ttf").getInputStream()) {
				regularFonts.add(loadFont(in));
			}
		}
		for (String file : new String[] { "NotoSans-Bold", "NotoNaskhArabic-Bold", "DroidSansFallbackFull" }) {
			try (InputStream in = loader.getResource(base + "fonts/" + file + ".ttf").getInputStream()) {
				boldFonts.add(loadFont(in));
			}
		}
		this.regular = List.copyOf(regularFonts);
		this.bold = List.copyOf(boldFonts);
	}

	private static Font loadFont(InputStream in) throws IOException {
		try {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (java.awt.FontFormatException ex) {
			throw new IOException("Not a TrueType font", ex);
		}
	}

	/** The kinds of achievement a badge shows by its icon. */
	public enum Icon {

		COMPLETION, CERTIFICATION, PARTICIPATION

	}

	/**
	 * What a badge shows.
	 *
	 * @param title the achievement's title
	 * @param kind the kind of certificate, in the certificate's language
	 * @param issuer the issuer's name
	 * @param color the certificate's colour, {@code #RRGGBB}
	 * @param icon the icon
	 */
	public record Design(String title, String kind, String issuer, String color, Icon icon) {
	}

	/**
	 * The badge of a credential, its credential baked in: in the colour of its certificate template,
	 * with the kind of certificate the template prints, in the certificate's language.
	 * @param template the certificate template of the credential
	 * @param language the certificate's language
	 * @param title the achievement's title
	 * @param issuer the issuer's name
	 * @param partnerColor the partner's colour, {@code #RRGGBB}; null for the template's
	 * @param jwt the signed credential
	 * @return the baked PNG
	 */
	public byte[] bake(CertificateTemplate template, String language, String title, String issuer,
			@org.jspecify.annotations.Nullable String partnerColor, String jwt) {
		String titleLabel = template.texts().stream()
			.map(CertificateTemplate.TextBlock::text)
			.filter(t -> t.contains("{label.title."))
			.findFirst()
			.map(t -> t.substring(t.indexOf("{label.") + 7, t.indexOf('}', t.indexOf("{label."))))
			.orElse("title.completion");
		Icon icon = titleLabel.endsWith("participation") ? Icon.PARTICIPATION
				: titleLabel.endsWith("certification") ? Icon.CERTIFICATION : Icon.COMPLETION;
		CertificateTemplate.Background background = template.background();
		String color = (partnerColor != null) ? partnerColor : (background.border() != null) ? background.border().color()
				: (background.band() != null) ? background.band().color() : "#1F4FBF";
		return BadgeBaker.bake(draw(new Design(title, labels.label(language, titleLabel), issuer, color, icon)), jwt);
	}

	/**
	 * Draws a badge.
	 * @param design what it shows
	 * @return the picture, 600 × 600 with a transparent background
	 */
	public BufferedImage draw(Design design) {
		BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		Color main = Color.decode(design.color());
		Color dark = main.darker();
		ribbons(g, dark, main);
		rosette(g, main, 290, 300, 250, 236, 32);
		g.setColor(Color.WHITE);
		g.fill(new Ellipse2D.Double(80, 90, 420, 420));
		g.setColor(main);
		g.fill(new Ellipse2D.Double(96, 106, 388, 388));
		g.setColor(new Color(255, 255, 255, 120));
		g.setStroke(new BasicStroke(2f));
		g.draw(new Ellipse2D.Double(110, 120, 360, 360));
		icon(g, design.icon());
		g.setColor(new Color(255, 255, 255, 215));
		centered(g, design.kind().toUpperCase(java.util.Locale.ROOT), regular, 21f, 246, 300, 1);
		g.setColor(Color.WHITE);
		float titleSize = design.title().length() > 48 ? 26f : design.title().length() > 28 ? 30f : 36f;
		centered(g, design.title(), bold, titleSize, 282, 300, 3);
		g.setColor(new Color(255, 255, 255, 215));
		centered(g, design.issuer(), regular, 18f, 410, 240, 2);
		g.dispose();
		return image;
	}

	private static void ribbons(Graphics2D g, Color dark, Color main) {
		for (int side : new int[] { -1, 1 }) {
			Path2D tail = new Path2D.Double();
			double x = 300 + side * 70;
			tail.moveTo(x - 55, 430);
			tail.lineTo(x + 55, 430);
			tail.lineTo(x + 55 + side * 20, 585);
			tail.lineTo(x + side * 10, 545);
			tail.lineTo(x - 55 + side * 20, 585);
			tail.closePath();
			g.setColor(side < 0 ? dark : main.darker().darker());
			g.fill(tail);
		}
	}

	/** A scalloped disc: the edge of a rosette. */
	private static void rosette(Graphics2D g, Color color, double cy, double cx, double outer, double inner, int points) {
		Path2D edge = new Path2D.Double();
		for (int i = 0; i <= points * 2; i++) {
			double angle = Math.PI * i / points;
			double r = (i % 2 == 0) ? outer : inner;
			double x = cx + r * Math.sin(angle);
			double y = cy - r * Math.cos(angle);
			if (i == 0) {
				edge.moveTo(x, y);
			}
			else {
				edge.lineTo(x, y);
			}
		}
		edge.closePath();
		g.setColor(color);
		g.fill(edge);
	}

	private static void icon(Graphics2D g, Icon icon) {
		g.setColor(Color.WHITE);
		switch (icon) {
			case COMPLETION -> {
				g.setStroke(new BasicStroke(16f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
				Path2D check = new Path2D.Double();
				check.moveTo(262, 190);
				check.lineTo(290, 218);
				check.lineTo(342, 160);
				g.draw(check);
			}
			case CERTIFICATION -> {
				Path2D star = new Path2D.Double();
				for (int i = 0; i < 10; i++) {
					double angle = Math.PI * i / 5;
					double r = (i % 2 == 0) ? 46 : 19;
					double x = 300 + r * Math.sin(angle);
					double y = 190 - r * Math.cos(angle);
					if (i == 0) {
						star.moveTo(x, y);
					}
					else {
						star.lineTo(x, y);
					}
				}
				star.closePath();
				g.fill(star);
			}
			case PARTICIPATION -> {
				for (int dx : new int[] { -28, 28 }) {
					g.fill(new Ellipse2D.Double(300 + dx - 15, 150, 30, 30));
					g.fill(new java.awt.geom.Arc2D.Double(300 + dx - 27, 186, 54, 60, 0, 180, java.awt.geom.Arc2D.CHORD));
				}
			}
		}
	}

	/**
	 * Sets a text centred under a top line, wrapped into at most some lines of a width, each
	 * character in the first of the fonts that has it.
	 */
	private static void centered(Graphics2D g, String text, List<Font> fonts, float size, float top, float width,
			int maxLines) {
		if (text.isBlank()) {
			return;
		}
		AttributedString styled = new AttributedString(text);
		styled.addAttribute(TextAttribute.RUN_DIRECTION, CertificateRenderer.rightToLeft(text, false)
				? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			int end = i + Character.charCount(codePoint);
			Font font = fonts.stream().filter(f -> f.canDisplay(codePoint)).findFirst().orElse(fonts.get(0));
			styled.addAttribute(TextAttribute.FONT, font.deriveFont(size), i, end);
			i = end;
		}
		FontRenderContext context = g.getFontRenderContext();
		LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), context);
		float y = top;
		for (int line = 0; line < maxLines && measurer.getPosition() < text.length(); line++) {
			TextLayout layout = measurer.nextLayout(width); // a title longer than the lines is cut at a word
			y += layout.getAscent();
			layout.draw(g, 300 - layout.getAdvance() / 2, y);
			y += layout.getDescent() + layout.getLeading();
		}
	}

}
