package org.partnergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.partnergraph.model.InputException;

class TextDecoderTest {

  @Test
  void rejectsAnEmptyFile() {
    assertThatThrownBy(() -> TextDecoder.decode("a.txt", new byte[0])).isInstanceOf(InputException.class).hasMessage("a.txt: empty file");
  }

  @Test
  void rejectsABinaryFileNamingTheLine() {
    byte[] bytes = "line one\nline two\0".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TextDecoder.decode("b.bin", bytes)).hasMessageStartingWith("b.bin:2: binary file");
  }

  @Test
  void rejectsLatin1TextNamingTheLineOfTheBadByte() {
    byte[] bytes = "ok\nstill ok\nGr\u00fc\u00dfe".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> TextDecoder.decode("c.txt", bytes)).hasMessageStartingWith("c.txt:3: not valid UTF-8");
  }

  @Test
  void stripsTheByteOrderMarkAndNormalisesLineEnds() {
    byte[] bytes = "\uFEFFtitle\r\nbody".getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decode("d.txt", bytes)).isEqualTo("title\nbody");
  }
}
