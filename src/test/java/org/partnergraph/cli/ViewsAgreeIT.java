package org.partnergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.Fixtures;
import org.partnergraph.rdf.TdbStore;

/**
 * Neo4j and RDF hold the same articles after any fault: an article that cannot be stored is
 * rejected alone, a lost store is refilled by the next etl, and {@code check} says when they differ.
 */
class ViewsAgreeIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path data;
  @TempDir Path input;

  private CliRun run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data-dir";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.of(all);
  }

  private long neo4jArticles() throws Exception {
    return CliRun.cypherJson(data, "MATCH (a:Article) RETURN count(a) AS n").get(0).get("n").asLong();
  }

  @Test
  void anArticleTooLargeToIndexIsRejectedAloneAndCheckFindsAndRepairsADrift() throws Exception {
    String text = Files.readString(Fixtures.article(Fixtures.TULA));
    ObjectNode huge = JSON.createObjectNode().put("id", "x".repeat(9_000)).put("title", "Huge id").put("text", text);
    ObjectNode good = JSON.createObjectNode().put("id", "good").put("title", "Good").put("text", text);
    Path feed = input.resolve("news.jsonl");
    Files.writeString(feed, huge + "\n" + good + "\n");

    CliRun first = run("etl", "-q", feed.toString());
    assertThat(first.exitCode()).as(first.toString()).isEqualTo(1);
    assertThat(first.err()).as(first.toString())
        .contains(feed + ":1: article 'xxxxxxxx").contains("cannot be stored in neo4j: the article id is 9,000 bytes");
    assertThat(first.err().lines().filter(l -> l.contains("9,000 bytes")).findFirst().orElseThrow()).hasSizeLessThan(400);
    assertThat(neo4jArticles()).isEqualTo(1);
    CliRun agree = run("check");
    assertThat(agree.exitCode()).as(agree.toString()).isZero();
    assertThat(agree.out()).contains("neo4j: 1 article(s); rdf: 1 article(s); ledger: 1 article(s)").contains("the views agree");

    try (TdbStore rdf = TdbStore.open(data.resolve("rdf"))) {
      rdf.retract(List.of("good")); // a drift made by hand: the article is gone from RDF only
    }
    CliRun differ = run("check");
    assertThat(differ.exitCode()).as(differ.toString()).isEqualTo(1);
    assertThat(differ.out()).contains("article 'good': in neo4j, missing from rdf");
    CliRun repair = run("check", "--repair");
    assertThat(repair.exitCode()).isEqualTo(1);
    assertThat(repair.out()).contains("1 article(s) forgotten in the ledger");

    CliRun again = run("etl", "-q", feed.toString());
    assertThat(again.out()).as(again.toString()).contains("2 read, 1 loaded, 1 rejected");
    CliRun healed = run("check");
    assertThat(healed.exitCode()).as(healed.toString()).isZero();
  }

  @Test
  void eachStoreDeletedInTurnIsRefilledByTheNextEtl() throws Exception {
    String fixtures = Fixtures.dir().toString();
    assertThat(run("etl", "-q", fixtures).exitCode()).isZero();
    for (String store : List.of("rdf", "neo4j")) {
      delete(data.resolve(store));
      CliRun etl = run("etl", "-q", fixtures);
      assertThat(etl.exitCode()).as(etl.toString()).isZero();
      assertThat(etl.err()).contains("the " + store + " store at " + data.resolve(store) + " was deleted or recreated");
      assertThat(etl.out()).as(etl.toString()).contains("2 read, 2 loaded");
      CliRun check = run("check");
      assertThat(check.exitCode()).as(store + " deleted, then etl:\n" + check).isZero();
      assertThat(check.out()).contains("neo4j: 2 article(s); rdf: 2 article(s); ledger: 2 article(s)");
    }
    CliRun quiet = run("etl", "-q", fixtures);
    assertThat(quiet.out()).as("nothing lost, nothing reloaded").contains("0 loaded");
  }

  private static void delete(Path folder) throws Exception {
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
