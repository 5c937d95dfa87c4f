package org.partnergraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.partnergraph.model.PartnergraphException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A query given inline or with {@code -f FILE}, exactly one of the two. */
final class QueryText {
  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The query text.")
  String inline;

  @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read the query from a file.")
  Path file;

  String get() {
    if ((inline == null) == (file == null)) {
      throw new IllegalArgumentException("give a QUERY or -f FILE (exactly one)");
    }
    if (inline != null) {
      return inline;
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PartnergraphException("cannot read query file " + file + ": " + e.getMessage(), e);
    }
  }
}
