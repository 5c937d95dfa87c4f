package org.partnergraph.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.partnergraph.model.StoreException;

/**
 * One writing run per data dir: a second {@code etl} or {@code load} on the same data dir
 * refuses with a clear message instead of interleaving with the first. The operating system
 * releases the lock when the process dies, so a killed run never leaves the data dir locked.
 */
public final class RunLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  public static RunLock acquire(Path dataDir) {
    Path file = dataDir.resolve("run.lock");
    try {
      Files.createDirectories(dataDir);
      FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = ch.tryLock();
      if (lock == null) {
        String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
        ch.close();
        throw new StoreException("another partnergraph run" + (holder.isEmpty() ? "" : " (pid " + holder + ")")
            + " is writing to " + dataDir + "; wait for it to finish");
      }
      ch.truncate(0);
      ch.write(ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
      return new RunLock(ch, lock);
    } catch (java.nio.channels.OverlappingFileLockException e) {
      throw new StoreException("another partnergraph run in this process is writing to " + dataDir, e);
    } catch (IOException e) {
      throw new StoreException("cannot lock " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException ignored) {
      // the OS releases it with the process anyway
    }
  }
}
