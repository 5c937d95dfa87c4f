package org.partnergraph.cli;

import org.partnergraph.model.PartnergraphException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** The one place where failures become exit codes and one-line messages on stderr. */
final class ExitCodes {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;

  private ExitCodes() {}

  static int of(Throwable t) {
    return t instanceof CommandLine.ParameterException ? USAGE : FAILURE;
  }

  static int report(Throwable e, CommandLine cmd, ParseResult parsed) {
    String message = e instanceof PartnergraphException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
    cmd.getErr().println("partnergraph: error: " + firstLine(message));
    if (System.getenv("PARTNERGRAPH_DEBUG") != null) {
      e.printStackTrace(cmd.getErr());
    }
    return e instanceof IllegalArgumentException ? USAGE : FAILURE;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "(no message)";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
