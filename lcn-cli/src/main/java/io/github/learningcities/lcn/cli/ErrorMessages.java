package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.serialization.DocumentReadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;

/**
 * What a failure means for the user: its exit code and a one-line message that names the file
 * or place and what would be valid, without Java class names or stack traces, and bounded in
 * length (a value of 100,000 characters is shown by its start and its length).
 */
final class ErrorMessages {
  /** The longest run of characters without a space shown whole. */
  static final int MAX_WORD = 120;
  /** The longest message shown whole. */
  static final int MAX_MESSAGE = 2000;

  /**
   * The regular expressions, compiled when a message first needs one: a message that is
   * already bounded (a command's summary line) is returned without them, and compiling them
   * costs a short run milliseconds.
   */
  private static final class Patterns {
    static final Pattern LONG_WORD = Pattern.compile("[^\\s'\"]{" + (MAX_WORD + 1) + ",}");
    /** A qualified Java class name of an exception or error, with its colon. */
    static final Pattern CLASS_NAME = Pattern.compile(
        "\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");
    /** A type as picocli names it in a conversion error: "interface java.nio.file.Path". */
    static final Pattern TYPE_NAME = Pattern.compile(
        "\\b(?:class |interface |enum )?(?:java|javax|jdk|sun|tools|picocli|io)\\."
            + "(?:[a-z_$][\\w$]*\\.)*([A-Z][\\w$]*)\\b");

    private Patterns() {}
  }

  private ErrorMessages() {}

  /** The exit code of a failure: bad input or usage, or anything else. */
  static int exitCode(Throwable failure) {
    if (outOfMemory(failure).isPresent()) {
      return Lcn.FAILURE;
    }
    Throwable t = unwrap(failure);
    if (t instanceof OutputException) {
      return Lcn.FAILURE;
    }
    if (t instanceof BadInputException || t instanceof DocumentReadException
        || t instanceof IllegalArgumentException || t instanceof InvalidModelException
        || t instanceof NoSuchFileException || t instanceof AccessDeniedException
        || t instanceof NotDirectoryException || t instanceof CharacterCodingException
        || t instanceof JacksonException || isAFolder(t)) {
      return Lcn.BAD_INPUT;
    }
    return Lcn.FAILURE;
  }

  /** Whether the failure is one the SDK did not expect (a bug to report). */
  static boolean isInternal(Throwable failure) {
    Throwable t = unwrap(failure);
    return exitCode(failure) == Lcn.FAILURE && !(t instanceof IOException)
        && outOfMemory(failure).isEmpty();
  }

  /**
   * The user's message for a failure.
   *
   * @param failure the failure
   * @param memory what the command needed, when it knows, for an out-of-memory failure
   */
  static String messageOf(Throwable failure, Optional<MemoryNeeds> memory) {
    if (outOfMemory(failure).isPresent()) {
      return memory.map(MemoryNeeds::outOfMemoryMessage)
          .orElse(MemoryNeeds.outOfMemoryMessageWithoutEstimate());
    }
    Throwable t = unwrap(failure);
    String m;
    if (t instanceof OutputException e) {
      m = e.getMessage();
    } else if (t instanceof NoSuchFileException e) {
      m = e.getFile() + ": no such file or folder; expected an existing, readable file";
    } else if (t instanceof AccessDeniedException e) {
      m = e.getFile() + ": access denied; expected a path this user may read (or write)";
    } else if (t instanceof NotDirectoryException e) {
      m = e.getFile() + ": is not a folder; expected a folder";
    } else if (isAFolder(t)) {
      m = ((FileSystemException) t).getFile() + ": is a folder; expected a file";
    } else if (t instanceof FileSystemException e) {
      m = (e.getFile() == null ? "" : e.getFile() + ": ") + reason(e);
    } else if (t instanceof CharacterCodingException) {
      m = "an input is not valid UTF-8 text; expected UTF-8 (save it as UTF-8, e.g. "
          + "\"CSV UTF-8\" in a spreadsheet)";
    } else if (t instanceof JacksonException e) {
      m = "a document could not be read: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
              + ", column " + e.getLocation().getColumnNr() + ")");
    } else if (t instanceof IOException e) {
      m = "input/output failed: " + reason(e);
    } else {
      m = t.getMessage();
      if (m == null || m.isBlank()) {
        m = "an unexpected failure without a message";
      }
    }
    return bounded(withoutClassNames(m));
  }

  /** Why an input/output operation failed, in the operating system's words. */
  static String reason(IOException e) {
    String r = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (r == null || r.isBlank()) {
      if (e instanceof NoSuchFileException) {
        return "no such file or folder";
      }
      if (e instanceof AccessDeniedException) {
        return "access denied";
      }
      if (e instanceof java.nio.file.FileAlreadyExistsException) {
        return "a file of that name already exists";
      }
      if (e instanceof NotDirectoryException) {
        return "not a folder";
      }
      return "input/output failed";
    }
    return withoutClassNames(r);
  }

  /**
   * A message with every run of more than {@value #MAX_WORD} characters without a space cut to
   * its start and its length, and the whole cut to about {@value #MAX_MESSAGE} characters.
   */
  static String bounded(String message) {
    return isBounded(message) ? message : boundedByPatterns(message);
  }

  /** {@link #bounded} through its regular expression, for any message. */
  static String boundedByPatterns(String message) {
    Matcher m = Patterns.LONG_WORD.matcher(withoutControlCharacters(message));
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String word = m.group();
      m.appendReplacement(sb, Matcher.quoteReplacement(word.substring(0, MAX_WORD / 2)
          + "… (" + String.format(Locale.ROOT, "%,d", word.length()) + " characters)"));
    }
    m.appendTail(sb);
    String s = sb.toString();
    if (s.length() > MAX_MESSAGE) {
      s = s.substring(0, MAX_MESSAGE) + "… (" + String.format(Locale.ROOT, "%,d", s.length())
          + " characters in all)";
    }
    return s;
  }

  /**
   * Whether {@link #bounded} leaves a message as it is: at most {@value #MAX_MESSAGE}
   * characters, no control character it would escape, and no run of more than
   * {@value #MAX_WORD} characters that are neither white space (as {@code \\s} means it) nor
   * quotes.
   */
  static boolean isBounded(String message) {
    int n = message.length();
    if (n > MAX_MESSAGE) {
      return false;
    }
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = message.charAt(i);
      if (isControl(c)) {
        return false;
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
          || c == '\'' || c == '"') {
        run = 0;
      } else if (++run > MAX_WORD) {
        return false;
      }
    }
    return true;
  }

  /** A control character other than a line break or a tab, which a message shows escaped. */
  private static boolean isControl(char c) {
    return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F;
  }

  /**
   * A message with control characters other than line breaks and tabs shown as {@code \\uXXXX}:
   * a value typed by a user (or an attacker) must not move the cursor or retitle a terminal.
   */
  static String withoutControlCharacters(String message) {
    StringBuilder sb = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (isControl(c)) {
        sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A message without qualified Java exception class names. */
  static String withoutClassNames(String message) {
    String s = Patterns.CLASS_NAME.matcher(message).replaceAll("");
    // find and append rather than replaceAll(function): an error links no call site either
    Matcher m = Patterns.TYPE_NAME.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String article = "a " + m.group(1).toLowerCase(Locale.ROOT);
      m.appendReplacement(sb, Matcher.quoteReplacement(article));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** The out-of-memory error in a failure's causes, if there is one. */
  static Optional<OutOfMemoryError> outOfMemory(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError e) {
        return Optional.of(e);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while (t instanceof UncheckedIOException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static boolean isAFolder(Throwable t) {
    return t instanceof FileSystemException e && e.getReason() != null
        && e.getReason().toLowerCase(Locale.ROOT).contains("is a directory");
  }
}
