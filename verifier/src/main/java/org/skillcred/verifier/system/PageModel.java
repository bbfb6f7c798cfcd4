package org.skillcred.verifier.system;

import java.util.List;
import java.util.Locale;

import org.skillcred.core.i18n.Language;
import org.skillcred.core.i18n.Languages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page needs to know about languages: all of them (the switcher) and its own. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModel {

	private final Languages languages;

	PageModel(Languages languages) {
		this.languages = languages;
	}

	@ModelAttribute("languages")
	List<Language> languages() {
		return languages.all();
	}

	@ModelAttribute("page")
	Language page(Locale locale) {
		return languages.get(locale.getLanguage());
	}

}
