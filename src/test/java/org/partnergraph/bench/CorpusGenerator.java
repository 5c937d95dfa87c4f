package org.partnergraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.partnergraph.reference.RefEntry;
import org.partnergraph.reference.ReferenceData;

/**
 * Writes N synthetic but realistic articles for benchmarks, deterministically from a seed, one
 * file at a time so memory stays flat at any N. Places, automakers, brands and forums are real
 * names from the bundled reference data; governors are invented names. Articles vary in template,
 * format (.txt, and every tenth one a scraped .html page), and size (1–8 KB of story, noise
 * paragraphs and page furniture); every 50th article repeats an earlier story under a new id, as
 * syndicated copies do.
 *
 * <pre>java -cp … org.partnergraph.bench.CorpusGenerator OUT_DIR N [SEED]</pre>
 */
public final class CorpusGenerator {
  private static final Set<String> HOST_COUNTRIES = Set.of("RU", "KZ", "UZ", "TR", "HU", "ES", "BR", "MX", "IN", "TH", "RS", "SK");
  private static final List<String> FIRST = List.of("Gleb", "Andrei", "Vladislav", "Dmitry", "Igor", "Alexander", "Kumar",
      "Marat", "Elena", "Carlos", "Maria", "Rustam", "Ayse", "Tamas", "Lucia", "Ravi", "Somchai", "Ivan");
  private static final List<String> LAST = List.of("Nikitin", "Vorobyov", "Shapsha", "Milyaev", "Artamonov", "Drozdenko",
      "Aksakalov", "Khusnullin", "Petrova", "Mendes", "Ortega", "Karimov", "Yilmaz", "Szabo", "Novak", "Iyer", "Chaiyasit", "Belov");
  private static final List<String> NOISE = List.of(
      "Analysts said the move reflects broader trends in Eurasian trade and logistics, with freight rates easing after a volatile year.",
      "The announcement came as markets in Canada and the United States weighed new tariffs on imported electric vehicles.",
      "Local officials stressed workforce training and supplier development as priorities for the coming decade.",
      "Dealers reported that demand for crossovers remained strong, while sales of compact sedans slipped for a third month.",
      "The ministry of industry said it would review localisation requirements for components by the end of the quarter.",
      "Steel prices rose 4 percent in the month, according to an industry association that tracks 120 mills.",
      "A spokesperson for the company declined to comment on the talks, citing commercial confidentiality.",
      "Earlier this year a rival manufacturer denied reports that it was considering a plant in the area.");
  private static final List<String> FURNITURE = List.of("No time to read?", "Share this article", "Read more: regional industry news",
      "Subscribe to our newsletter", "Previous Article", "Most read this week", "Advertisement");

  private final Random random;
  private final List<RefEntry> regions = new ArrayList<>();
  private final List<RefEntry> cities = new ArrayList<>();
  private final List<RefEntry> automakers = new ArrayList<>();
  private final List<RefEntry> brands = new ArrayList<>();
  private final List<RefEntry> forums = new ArrayList<>();
  private final List<String> repeatable = new ArrayList<>();

  public CorpusGenerator(long seed) {
    this.random = new Random(seed);
    for (RefEntry e : ReferenceData.bundled().entries()) {
      boolean host = e.country() != null && HOST_COUNTRIES.contains(e.country());
      switch (e.type()) {
        case REGION -> { if (host) regions.add(e); }
        case CITY -> { if (host) cities.add(e); }
        case AUTOMAKER -> automakers.add(e);
        case BRAND -> brands.add(e);
        case FORUM -> forums.add(e);
        default -> { }
      }
    }
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    new CorpusGenerator(seed).write(out, n);
    System.out.println("wrote " + n + " articles to " + out);
  }

  /** Writes articles {@code a0000000…} to {@code out}; the first k articles of a seed never change with n. */
  public void write(Path out, int n) throws IOException {
    Files.createDirectories(out);
    for (int i = 0; i < n; i++) {
      boolean html = i % 10 == 9;
      Path file = out.resolve(String.format("a%07d.%s", i, html ? "html" : "txt"));
      String[] story = story(i);
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write(html ? asHtml(story[0], story[1]) : story[0] + "\n\n" + story[1]);
      }
    }
  }

  /** A headline and a body; every 50th is a repeat of an earlier body (syndicated copy). */
  String[] story(int i) {
    if (i % 50 == 49 && !repeatable.isEmpty()) {
      String body = repeatable.get(random.nextInt(repeatable.size()));
      return new String[] {"Syndicated: regional industry roundup " + i, body};
    }
    RefEntry region = pick(regions);
    RefEntry city = pick(cities);
    RefEntry maker = pick(automakers);
    RefEntry forum = pick(forums);
    String governor = pick(FIRST) + " " + pick(LAST);
    String surname = governor.substring(governor.indexOf(' ') + 1);
    String country = maker.country() == null ? "foreign" : maker.country();
    String headline;
    StringBuilder b = new StringBuilder();
    switch (random.nextInt(5)) {
      case 0 -> {
        headline = region.name() + " courts " + maker.name();
        b.append("Speaking at the ").append(forum.name()).append(" in ").append(city.name()).append(", the governor of ")
            .append(region.name()).append(", ").append(governor).append(", said the region is in talks with ").append(maker.name())
            .append(" on local assembly of passenger cars. ").append(surname).append(" invited ").append(maker.name())
            .append(" to localize production in the region.\n\n");
      }
      case 1 -> {
        headline = maker.name() + " opens a plant in " + city.name();
        b.append(maker.name()).append(" opened its plant in ").append(city.name()).append(", ").append(region.name())
            .append(", on Tuesday. The plant will produce ").append(1000 * (20 + random.nextInt(180)))
            .append(" vehicles a year and employ ").append(100 * (5 + random.nextInt(40))).append(" people, governor ")
            .append(governor).append(" said at the ceremony. The company invested $").append(50 + random.nextInt(900))
            .append(" million in the site.\n\n");
      }
      case 2 -> {
        headline = "Governor " + surname + " visits " + maker.name();
        b.append("Governor ").append(governor).append(" of ").append(region.name()).append(" visited ").append(maker.name())
            .append("'s headquarters during a trip abroad and met the company's management. The sides discussed a joint project to assemble ")
            .append(maker.name()).append(" vehicles in ").append(city.name()).append(".\n\n");
      }
      case 3 -> {
        RefEntry brand = brands.isEmpty() ? maker : pick(brands);
        headline = region.name() + " signs an agreement on " + brand.name() + " assembly";
        b.append(region.name()).append(" and ").append(maker.name()).append(" signed an agreement on the assembly of ")
            .append(brand.name()).append(" cars at a plant in ").append(city.name()).append(". The agreement was signed by governor ")
            .append(governor).append(" at the ").append(forum.name()).append(".\n\n");
      }
      default -> {
        headline = "Talks on a " + country + " carmaker's plant stall in " + region.name();
        b.append("Negotiations between ").append(region.name()).append(" and ").append(maker.name())
            .append(" on a plant in ").append(city.name()).append(" have stalled, the regional government said. Governor ")
            .append(governor).append(" told reporters the region still hoped to attract a partner from abroad.\n\n");
      }
    }
    int targetBytes = 1024 + random.nextInt(7 * 1024);
    while (b.length() < targetBytes - 200) {
      b.append(maker.name()).append(" employs around ").append(1000 * (10 + random.nextInt(90))).append(" people and operates ")
          .append(2 + random.nextInt(20)).append(" manufacturing plants. ")
          .append("The region's industrial cluster has more than ").append(100 + random.nextInt(900)).append(" companies. ")
          .append(pick(NOISE)).append(' ').append(pick(NOISE)).append("\n\n");
    }
    b.append(pick(FURNITURE)).append('\n').append(pick(FURNITURE)).append("\n\nUnrelated teaser headline ").append(i).append('\n');
    String body = b.toString();
    if (repeatable.size() < 200) {
      repeatable.add(body);
    }
    return new String[] {headline, body};
  }

  private static String asHtml(String headline, String body) {
    StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(escape(headline)).append("</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/auto\">Auto</a></nav><article><h1>")
        .append(escape(headline)).append("</h1>");
    for (String p : body.split("\n\n")) {
      h.append("<p>").append(escape(p)).append("</p>");
    }
    return h.append("</article><footer>Cookies help us deliver our services.</footer></body></html>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
