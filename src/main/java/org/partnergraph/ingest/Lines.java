package org.partnergraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.partnergraph.model.InputException;

/**
 * Reads a line-oriented file (JSON Lines feeds, facts files) one line at a time as strict UTF-8,
 * so that heap stays flat whatever the file's size: a line over the limit is counted and
 * rejected, never held. Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}; a BOM
 * before the first line is dropped; blank lines are skipped.
 *
 * <pre>{@code
 * Lines.read(file, 2_000_000, "--max-article-bytes", (where, line) -> parse(where, line), rejections);
 * }</pre>
 */
public final class Lines {
  /** Receives each non-blank line with its {@code file:line} location. */
  public interface Sink {
    void line(String where, String line);
  }

  private static final int CHUNK = 1 << 16;

  private Lines() {}

  /**
   * Calls {@code sink} with each non-blank line of {@code file}; problems (a line over {@code
   * maxLineBytes}, invalid UTF-8, an unreadable or empty file) go to {@code rejections} with
   * {@code file:line}. A NUL byte means a binary file: it is rejected and the rest is not read.
   *
   * @param limitName what a rejection names as the limit, e.g. {@code --max-article-bytes}
   */
  public static void read(Path file, int maxLineBytes, String limitName, Sink sink, Consumer<InputException> rejections) {
    try (InputStream in = Files.newInputStream(file)) {
      new Reader(file.toString(), maxLineBytes, limitName, sink, rejections).run(in);
    } catch (IOException e) {
      rejections.accept(new InputException(file.toString(), "cannot read: " + TextDecoder.reason(e)));
    }
  }

  /** The state of one pass over one file. */
  private static final class Reader {
    final String file;
    final int maxLineBytes;
    final String limitName;
    final Sink sink;
    final Consumer<InputException> rejections;
    byte[] line = new byte[256];
    int length;
    boolean overLimit;
    long offset;
    long lineStart;
    int number;
    /** A line with content was seen (read, or rejected): the file is not empty. */
    boolean sawContent;
    /** A line was rejected, so an all-blank remainder is not reported as an empty file. */
    boolean problems;
    boolean pendingCr;

    Reader(String file, int maxLineBytes, String limitName, Sink sink, Consumer<InputException> rejections) {
      this.limitName = limitName;
      this.file = file;
      this.maxLineBytes = maxLineBytes;
      this.sink = sink;
      this.rejections = rejections;
    }

    void run(InputStream in) throws IOException {
      byte[] chunk = new byte[CHUNK];
      int n;
      while ((n = in.read(chunk)) > 0) {
        for (int i = 0; i < n; i++, offset++) {
          byte b = chunk[i];
          if (pendingCr) {
            pendingCr = false;
            if (b == '\n') {
              lineStart = offset + 1;
              continue;
            }
          }
          if (b == '\n' || b == '\r') {
            pendingCr = b == '\r';
            if (!endLine()) {
              return;
            }
            lineStart = offset + 1;
          } else if (b == 0) {
            rejections.accept(new InputException(file + ":" + (number + 1), "binary file (NUL byte at offset " + offset + ")"));
            return;
          } else {
            append(b);
          }
        }
      }
      if (offset == 0) {
        rejections.accept(new InputException(file, "empty file"));
        return;
      }
      if ((length > 0 || overLimit) && !endLine()) {
        return;
      }
      if (!sawContent && number > 0 && !problems) {
        rejections.accept(new InputException(file, "empty file (only whitespace)"));
      }
    }

    private void append(byte b) {
      if (overLimit) {
        return;
      }
      if (length == maxLineBytes) {
        overLimit = true;
        line = new byte[256];
        length = 0;
        return;
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, (int) Math.min((long) line.length * 2, Math.max(maxLineBytes, 256)));
      }
      line[length++] = b;
    }

    /** Hands the line on; false stops reading. */
    private boolean endLine() {
      number++;
      String where = file + ":" + number;
      try {
        if (overLimit) {
          problems = true;
          sawContent = true;
          rejections.accept(new InputException(where, "line is over the limit of " + maxLineBytes + " bytes (" + limitName + ")"));
          return true;
        }
        String text;
        try {
          text = StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(line, 0, length)).toString();
        } catch (CharacterCodingException e) {
          problems = true;
          rejections.accept(new InputException(where, "not valid UTF-8 (bad byte at offset " + (lineStart + badByte()) + "); convert the file to UTF-8"));
          return true;
        }
        if (number == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        if (text.isBlank()) {
          return true;
        }
        sawContent = true;
        sink.line(where, text);
        return true;
      } finally {
        overLimit = false;
        length = 0;
        if (line.length > CHUNK) {
          line = new byte[256];
        }
      }
    }

    private int badByte() {
      var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(line, 0, length);
      var result = decoder.decode(in, java.nio.CharBuffer.allocate(length + 1), true);
      return result.isError() ? in.position() : length;
    }
  }
}
