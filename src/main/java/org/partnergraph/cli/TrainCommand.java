package org.partnergraph.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.partnergraph.evaluate.Score;
import org.partnergraph.evaluate.Training;
import org.partnergraph.extract.RuleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code partnergraph train --gold DIR -o FILE}: the learned extractor's deciders, from gold annotations. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Train the learned extractor on a gold set: the rules propose, and a model per kind of proposal (relation, partnership,",
        "figure) learns from the gold which proposals are right. Regularisation, calibration and thresholds are chosen on 5 folds by",
        "article; the figures printed are those cross-validated ones. Train on the dev split only, never on the test split."})
final class TrainCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The gold set to train on: DIR/articles and DIR/gold.")
  Path gold;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The model file to write (JSON).")
  Path output;

  @Option(names = "--name", defaultValue = "model/1", description = "The extractor name the model runs under (default: ${DEFAULT-VALUE}); give a retrained model a new one.")
  String name;

  @Option(names = "--unseen-from", defaultValue = "0", paramLabel = "N",
      description = "Articles numbered N and above were added without tuning the rules on them (for the dev split: 181, as its README says);"
          + " relation confidences become each rule's precision on those alone (default: ${DEFAULT-VALUE}, every article).")
  int unseenFrom;

  @Override
  public Integer call() {
    Training.Outcome outcome = Training.train(gold, name, unseenFrom, System.err::println);
    OutputFiles.writeAtomically(output, out -> outcome.model().write(out));
    System.out.printf("%s trained on %s; cross-validated by article (5 folds):%n%n", name, gold);
    table(outcome.rulesScore(), outcome.modelScore());
    if (outcome.unseenRulesScore() != null) {
      System.out.printf("%nthe same, on the articles numbered %d and above alone (the rules were not written for them):%n%n", unseenFrom);
      table(outcome.unseenRulesScore(), outcome.unseenModelScore());
    }
    System.out.println();
    outcome.model().deciders().forEach((group, d) -> System.out.printf("  %-12s threshold %.2f%n", group.name().toLowerCase(), d.threshold()));
    System.err.println("wrote " + output);
    return ExitCodes.OK;
  }

  private void table(Score rulesScore, Score modelScore) {
    System.out.printf("%-20s %20s   %20s%n", "", RuleExtractor.PROPOSER, name + " (decided)");
    System.out.printf("%-20s %6s %6s %6s   %6s %6s %6s%n", "", "P", "R", "F1", "P", "R", "F1");
    Map<String, Score.Tally> rules = rulesScore.categories();
    Map<String, Score.Tally> model = modelScore.categories();
    for (String c : rules.keySet()) {
      Score.Prf r = rules.get(c).overall();
      Score.Prf m = model.get(c).overall();
      System.out.printf("%-20s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f%n", c, r.precision(), r.recall(), r.f1(), m.precision(), m.recall(), m.f1());
    }
  }
}
