/**
 * Texts in several languages: {@link io.github.learningcities.lcn.model.text.LocalizedText}, keyed by BCP 47 language tags with an explicit fallback chain, and the official Ukrainian-to-Latin romanization ({@link io.github.learningcities.lcn.model.text.UkrainianRomanization}) of the Cabinet of Ministers of Ukraine resolution No. 55 of 27 January 2010.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.model.text;
