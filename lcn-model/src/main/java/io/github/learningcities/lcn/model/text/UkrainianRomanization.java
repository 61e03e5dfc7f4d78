package io.github.learningcities.lcn.model.text;

import java.util.Locale;
import java.util.Objects;

/**
 * The official transliteration of the Ukrainian alphabet into Latin letters, as set by the
 * resolution of the Cabinet of Ministers of Ukraine No. 55 of 27 January 2010 ("Про
 * впорядкування транслітерації українського алфавіту латиницею").
 *
 * <p>The table, letter by letter: а a, б b, в v, г h, ґ g, д d, е e, є ye/ie, ж zh, з z, и y,
 * і i, ї yi/i, й y/i, к k, л l, м m, н n, о o, п p, р r, с s, т t, у u, ф f, х kh, ц ts, ч ch,
 * ш sh, щ shch, ь (dropped), ю yu/iu, я ya/ia. The first form of є, ї, й, ю and я is used at the
 * start of a word, the second elsewhere. The combination "зг" is written "zgh" (Згорани:
 * Zghorany) so that it is not read as "жг" ("zhh"). The soft sign and the apostrophe (written
 * ’, ' or ʼ between two letters) are not rendered.
 *
 * <p>Capitalisation is kept: a capital letter becomes a capital first Latin letter (Щ in
 * "Щасливе" gives "Shchaslyve"), and in a word written entirely in capitals every Latin letter is
 * a capital ("ЩАСЛИВЕ" gives "SHCHASLYVE"). A word starts after any character that is not a
 * letter, except a word-internal apostrophe (Знам’янка: Znamianka). Characters that are not
 * Ukrainian letters (Latin letters, digits, spaces, punctuation, and Cyrillic letters outside the
 * Ukrainian alphabet, which the resolution does not cover) are copied unchanged.
 *
 * <pre>{@code
 * UkrainianRomanization.romanize("Мелітополь");   // "Melitopol"
 * UkrainianRomanization.romanize("Біла Церква");  // "Bila Tserkva"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class UkrainianRomanization {

  private static final String LETTERS = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";

  /** Latin rendering of each letter of {@link #LETTERS} inside a word. */
  private static final String[] INSIDE = {
    "a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n",
    "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia"
  };

  /** Latin rendering of each letter of {@link #LETTERS} at the start of a word. */
  private static final String[] INITIAL = {
    "a", "b", "v", "h", "g", "d", "e", "ye", "zh", "z", "y", "i", "yi", "y", "k", "l", "m", "n",
    "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "yu", "ya"
  };

  private UkrainianRomanization() {}

  /**
   * Transliterates a Ukrainian text into Latin letters.
   *
   * @param text the text, for example a city's Ukrainian name
   * @return the romanized text; characters that are not Ukrainian letters are kept as they are
   * @throws NullPointerException if the text is null
   */
  public static String romanize(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(text.length() + text.length() / 2);
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isApostrophe(c) && i > 0 && i + 1 < n
          && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
        continue;
      }
      char lower = Character.toLowerCase(c);
      int index = LETTERS.indexOf(lower);
      if (index < 0) {
        out.append(c);
        continue;
      }
      String latin;
      if (lower == 'г' && i > 0 && Character.toLowerCase(text.charAt(i - 1)) == 'з') {
        latin = "gh";
      } else {
        latin = isWordStart(text, i) ? INITIAL[index] : INSIDE[index];
      }
      if (latin.isEmpty() || c == lower) {
        out.append(latin);
      } else if (isAllCapitalWord(text, i)) {
        out.append(latin.toUpperCase(Locale.ROOT));
      } else {
        out.append(Character.toUpperCase(latin.charAt(0))).append(latin, 1, latin.length());
      }
    }
    return out.toString();
  }

  /**
   * Returns whether the character is a letter of the Ukrainian alphabet (either case).
   *
   * @param c the character
   * @return {@code true} for the 33 Ukrainian letters in lower or upper case
   */
  public static boolean isUkrainianLetter(char c) {
    return LETTERS.indexOf(Character.toLowerCase(c)) >= 0;
  }

  private static boolean isApostrophe(char c) {
    return c == '\u2019' || c == '\'' || c == '\u02BC';
  }

  private static boolean isWordStart(String text, int i) {
    if (i == 0) {
      return true;
    }
    char previous = text.charAt(i - 1);
    if (Character.isLetter(previous)) {
      return false;
    }
    return !(isApostrophe(previous) && i >= 2 && Character.isLetter(text.charAt(i - 2)));
  }

  /** Whether the word around position i has at least two letters and all of them are capitals. */
  private static boolean isAllCapitalWord(String text, int i) {
    int start = i;
    while (start > 0 && isWordCharacter(text, start - 1)) {
      start--;
    }
    int end = i + 1;
    while (end < text.length() && isWordCharacter(text, end)) {
      end++;
    }
    int letters = 0;
    for (int k = start; k < end; k++) {
      char ch = text.charAt(k);
      if (Character.isLetter(ch)) {
        letters++;
        if (!Character.isUpperCase(ch)) {
          return false;
        }
      }
    }
    return letters >= 2;
  }

  private static boolean isWordCharacter(String text, int k) {
    char ch = text.charAt(k);
    return Character.isLetter(ch) || (isApostrophe(ch) && k > 0 && k + 1 < text.length()
        && Character.isLetter(text.charAt(k - 1)) && Character.isLetter(text.charAt(k + 1)));
  }
}
