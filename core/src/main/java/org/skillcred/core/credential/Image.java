package org.skillcred.core.credential;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * An image reference: an https URL or a {@code data:} URI.
 *
 * @param id the image URI
 * @param type always {@code Image}
 * @param caption alternative text, optional
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0#image">OB 3.0 Image</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Image(String id, String type, @Nullable String caption) {

	/**
	 * Creates an image of type {@code Image}.
	 * @param uri the image URI
	 * @param caption alternative text or null
	 * @return the image
	 */
	public static Image of(String uri, @Nullable String caption) {
		return new Image(uri, "Image", caption);
	}

}
