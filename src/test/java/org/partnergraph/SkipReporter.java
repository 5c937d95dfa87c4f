package org.partnergraph;

import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Makes skips visible: prints one line per skipped test class or test to the console, e.g.
 * {@code SKIPPED org.partnergraph.neo4j.Neo4jContainerIT: no Docker}. Covers both kinds of skip:
 * disabled ({@code @Disabled}, execution conditions) and aborted (a failed JUnit assumption, as in
 * {@code Seeds} without ../shared). Registered through META-INF/services, so every test run
 * (Surefire, Failsafe, an IDE) uses it; .ci/run then fails on any skip it does not allow.
 */
public final class SkipReporter implements TestExecutionListener {

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    report(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      report(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }
  }

  private static void report(TestIdentifier test, String reason) {
    String why = reason == null || reason.isBlank() ? "no reason given" : reason.strip().replaceAll("\\s+", " ");
    System.out.println("SKIPPED " + name(test) + ": " + why);
    System.out.flush();
  }

  static String name(TestIdentifier test) {
    Optional<TestSource> source = test.getSource();
    if (source.isPresent() && source.get() instanceof MethodSource m) {
      String name = m.getClassName() + "#" + m.getMethodName();
      // a parameterized or repeated invocation: say which one
      return test.getUniqueId().contains("-invocation:") ? name + " " + test.getDisplayName() : name;
    }
    if (source.isPresent() && source.get() instanceof ClassSource c) {
      return c.getClassName();
    }
    return test.getDisplayName();
  }
}
