package org.partnergraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.partnergraph.model.InputException;

/**
 * Reads a file as strict UTF-8 so that a wrong encoding or a binary file is reported with its
 * line instead of being loaded as mojibake.
 */
public final class TextDecoder {
  private TextDecoder() {}

  /** The file's text with a BOM removed and line ends normalised to {@code \n}. */
  public static String read(Path file) {
    return decode(file.toString(), bytes(file));
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + reason(e));
    }
  }

  /** Why a file could not be read, without repeating its path (the message starts with it). */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  static String decode(String where, byte[] bytes) {
    if (bytes.length == 0) {
      throw new InputException(where, "empty file");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InputException(where + ":" + lineAt(bytes, i), "binary file (NUL byte at offset " + i + ")");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out;
    try {
      out = decoder.decode(in);
    } catch (CharacterCodingException e) {
      int offset = firstInvalidOffset(bytes);
      throw new InputException(
          where + ":" + lineAt(bytes, offset), "not valid UTF-8 (bad byte at offset " + offset + "); convert the file to UTF-8");
    }
    String text = out.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) {
      throw new InputException(where, "empty file (only whitespace)");
    }
    return text;
  }

  private static int firstInvalidOffset(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : bytes.length;
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
