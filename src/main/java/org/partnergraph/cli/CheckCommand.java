package org.partnergraph.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.partnergraph.model.StoredArticle;
import org.partnergraph.neo4j.StoredArticles;
import org.partnergraph.pipeline.Ledger;
import org.partnergraph.pipeline.RunLock;
import org.partnergraph.pipeline.ViewCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code partnergraph check}: do the two views and the ledger hold the same articles and facts? */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Compare Neo4j and the RDF store article by article (entities, facts, extractor), and both with the ledger.",
        "Exit 0 when they agree, 1 when something differs."})
final class CheckCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(names = "--repair", description = "Forget the differing articles in the ledger, so that the next etl loads them again from its input.")
  boolean repair;

  @Override
  public Integer call() {
    try (RunLock lock = RunLock.acquire(main.dataDir); Stores stores = new Stores(main)) {
      Ledger ledger = Ledger.open(main.dataDir.resolve("ledger.jsonl"));
      Map<String, StoredArticle> neo4j = StoredArticles.of(stores.graph());
      Map<String, StoredArticle> rdf = stores.rdf().storedArticles();
      List<ViewCheck.Difference> differences = ViewCheck.compare(neo4j, rdf, ledger.ids());
      System.out.printf("neo4j: %,d article(s); rdf: %,d article(s); ledger: %,d article(s)%n", neo4j.size(), rdf.size(), ledger.size());
      for (ViewCheck.Difference d : differences) {
        System.out.println("article '" + d.article() + "': " + String.join("; ", d.problems())
            + (d.inLedger() ? "" : " (not in the ledger: it came from `load`; load its facts file again)"));
      }
      if (differences.isEmpty()) {
        System.out.println("the views agree");
        return ExitCodes.OK;
      }
      List<String> reloadable = differences.stream().filter(ViewCheck.Difference::inLedger).map(ViewCheck.Difference::article).toList();
      int fromLoad = differences.size() - reloadable.size();
      System.out.printf("%,d article(s) differ: %,d the next etl can load again from its input, %,d came from `load`%n",
          differences.size(), reloadable.size(), fromLoad);
      if (repair && !reloadable.isEmpty()) {
        ledger.forget(reloadable);
        ledger.compact();
        System.out.printf("repaired: %,d article(s) forgotten in the ledger, so the next etl loads them again%n", reloadable.size());
      } else if (repair) {
        System.out.println("nothing to repair through the ledger: load the facts files of the others again");
      } else if (!reloadable.isEmpty()) {
        System.out.println("`partnergraph check --repair` has the next etl load them again");
      }
      return ExitCodes.FAILURE;
    }
  }
}
