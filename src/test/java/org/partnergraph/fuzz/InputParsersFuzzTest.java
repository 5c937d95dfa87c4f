package org.partnergraph.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;

/**
 * Any bytes, read as a .txt, .jsonl or .html article file or as a facts file for {@code load}, end
 * in facts or clean rejections, and what is accepted exports intact ({@link ParserOracle}).
 *
 * <p>One target for all four parsers, so that the bounded CI run pays Jazzer's start-up once: the
 * first byte picks the parser ({@code t}, {@code j}, {@code h}, {@code f}; any other byte modulo
 * four), the rest is the file. Seeds, the nasty-input corpus, are in {@code InputParsersFuzzTestInputs},
 * written by {@code scripts/make-fuzz-seeds.py}.
 */
class InputParsersFuzzTest {
  /** One for all inputs: JUnit makes a test instance per input, the oracle's scratch folder is shared. */
  private static final ParserOracle oracle = new ParserOracle();

  @FuzzTest(maxDuration = FuzzBudget.TOTAL)
  void anyBytesInAnyInputFormatEndCleanly(byte[] input) {
    if (input.length == 0) {
      return;
    }
    byte[] file = Arrays.copyOfRange(input, 1, input.length);
    switch (input[0]) {
      case 't' -> oracle.article("txt", file);
      case 'j' -> oracle.article("jsonl", file);
      case 'h' -> oracle.article("html", file);
      case 'f' -> oracle.factsFile(file);
      default -> {
        switch (Math.floorMod(input[0], 4)) {
          case 0 -> oracle.article("txt", file);
          case 1 -> oracle.article("jsonl", file);
          case 2 -> oracle.article("html", file);
          default -> oracle.factsFile(file);
        }
      }
    }
  }
}
