package org.partnergraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file or folder that cannot be opened (permission denied) is a rejection, never a silent skip,
 * so that --prune is skipped instead of retracting the article behind it. Root reads everything,
 * so under root (as on CI) the command runs as the unprivileged user {@code nobody}.
 */
class UnreadableInputIT {
  @TempDir Path dir;

  @Test
  void aFileOrFolderThatCannotBeOpenedIsRejectedNotSkipped() throws Exception {
    Path input = Files.createDirectories(dir.resolve("input"));
    Files.writeString(input.resolve("ok.txt"), "Kaluga plant opens\n\nThe governor of the Kaluga region, Vladislav Shapsha, opened a plant.");
    Path locked = Files.writeString(input.resolve("locked.txt"), "Tula\n\nThe governor of the Tula region spoke.");
    Path lockedFolder = Files.createDirectories(input.resolve("locked-folder"));
    Files.writeString(lockedFolder.resolve("inner.txt"), "Inner\n\nA plant opened.");
    Path outDir = Files.createDirectories(dir.resolve("out"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(outDir, PosixFilePermissions.fromString("rwxrwxrwx"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(lockedFolder, PosixFilePermissions.fromString("---------"));
    Path out = outDir.resolve("facts.jsonl");
    List<String> asNobody = List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
    boolean root = "root".equals(System.getProperty("user.name"));
    Path jar = Path.of("target/partnergraph.jar").toAbsolutePath();
    Path lib = Path.of("target/lib").toAbsolutePath();
    if (root && new ProcessBuilder(concat(asNobody, List.of("test", "-r", jar.toString()))).start().waitFor() != 0) {
      // the checkout sits where nobody may not look (under /root, say): give it a copy it can read
      Path copy = Files.createDirectories(dir.resolve("classpath"));
      jar = Files.copy(jar, copy.resolve("partnergraph.jar"));
      Path libCopy = Files.createDirectories(copy.resolve("lib"));
      try (var jars = Files.list(lib)) {
        for (Path j : jars.toList()) {
          Files.copy(j, libCopy.resolve(j.getFileName()));
        }
      }
      lib = libCopy;
    }
    List<String> command = new ArrayList<>(root ? asNobody : List.of());
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", jar + File.pathSeparator + lib + "/*",
        Main.class.getName(), "extract", input.toString(), "-o", out.toString()));
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(command).directory(outDir.toFile())
        .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("extract finished").isTrue();
    String stderr = Files.readString(err);
    assertThat(stderr).contains(locked + ": cannot read: permission denied")
        .contains(lockedFolder + ": cannot read: permission denied")
        .doesNotContain("Exception");
    assertThat(p.exitValue()).as(stderr).isEqualTo(1);
    assertThat(Files.readAllLines(out)).singleElement().asString().contains("\"id\":\"ok\"");
    Files.setPosixFilePermissions(lockedFolder, PosixFilePermissions.fromString("rwx------"));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
