package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

  @Test
  void runningOutOfMemoryInsideAnotherFailureSaysHowMuchWasNeeded() {
    MemoryNeeds needs = MemoryNeeds.uncertainty(51, 60, 6_000_000, 2);
    IndicatorsException wrapped = new IndicatorsException("uncertainty analysis failed: "
        + "java.lang.OutOfMemoryError: Java heap space", new OutOfMemoryError("Java heap space"));

    String message = ErrorMessages.messageOf(wrapped, Optional.of(needs));

    assertThat(ErrorMessages.exitCode(wrapped)).isEqualTo(Lcn.FAILURE);
    assertThat(ErrorMessages.isInternal(wrapped)).isFalse();
    assertThat(message).contains("ran out of memory during an uncertainty analysis of 51 "
        + "units x 60 nodes over 6,000,000 runs").contains("needs about").contains("-Xmx")
        .doesNotContain("java.lang").doesNotContain("Error:");
    assertThat(ErrorMessages.messageOf(new OutOfMemoryError(), Optional.empty()))
        .contains("ran out of memory").contains("-Xmx");
  }

  @Test
  void fileSystemFailuresNameTheFileAndTheReasonWithoutClassNames() {
    assertThat(ErrorMessages.messageOf(new NoSuchFileException("in.csv"), Optional.empty()))
        .isEqualTo("in.csv: no such file or folder; expected an existing, readable file");
    assertThat(ErrorMessages.exitCode(new UncheckedIOException(new AccessDeniedException(
        "out.csv")))).isEqualTo(Lcn.BAD_INPUT);
    FileSystemException folder = new FileSystemException("data.csv", null, "Is a directory");
    assertThat(ErrorMessages.messageOf(folder, Optional.empty()))
        .isEqualTo("data.csv: is a folder; expected a file");
    assertThat(ErrorMessages.exitCode(folder)).isEqualTo(Lcn.BAD_INPUT);
    assertThat(ErrorMessages.messageOf(new MalformedInputException(1), Optional.empty()))
        .contains("expected UTF-8").doesNotContain("Malformed");
    assertThat(ErrorMessages.messageOf(new IOException("java.nio.channels."
        + "ClosedChannelException: closed"), Optional.empty()))
        .isEqualTo("input/output failed: closed");
  }

  @Test
  void anUnexpectedFailureWithoutAMessageIsReportedWithoutItsClassName() {
    NullPointerException npe = new NullPointerException();

    assertThat(ErrorMessages.messageOf(npe, Optional.empty()))
        .doesNotContain("NullPointer").isNotBlank();
    assertThat(ErrorMessages.isInternal(npe)).isTrue();
  }

  @Test
  void longWordsAndLongMessagesAreCutWithTheirLength() {
    String word = "x".repeat(5_000);

    assertThat(ErrorMessages.bounded("value '" + word + "' is bad"))
        .isEqualTo("value '" + "x".repeat(ErrorMessages.MAX_WORD / 2)
            + "… (5,000 characters)' is bad");
    String many = "word ".repeat(2_000);
    assertThat(ErrorMessages.bounded(many)).hasSizeLessThan(ErrorMessages.MAX_MESSAGE + 40)
        .endsWith("(10,000 characters in all)");
    assertThat(ErrorMessages.bounded("short 'value'")).isEqualTo("short 'value'");
  }

  @Test
  void typeNamesInUsageErrorsBecomeWords() {
    assertThat(ErrorMessages.withoutClassNames("cannot convert 'x' to interface "
        + "java.nio.file.Path (Nul character not allowed)"))
        .isEqualTo("cannot convert 'x' to a path (Nul character not allowed)");
  }

  @Test
  void controlCharactersOfAValueAreShownEscaped() {
    assertThat(ErrorMessages.bounded("unknown '\u001B]0;owned\u0007\r' here\n"))
        .isEqualTo("unknown '\\u001B]0;owned\\u0007\\u000D' here\n");
  }
}
