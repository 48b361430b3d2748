package io.annolab.core.internal.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.annolab.core.api.AnnolabException;

/**
 * An exclusive lock on a lock file beside what it guards. It is an operating-system lock, so a
 * crashed or killed Annolab never leaves a stale lock behind; the file's text only says who
 * holds it, for the error message of whoever is refused.
 */
public final class JobLock {

    /**
     * Lock files held by this JVM. POSIX drops all of a process's locks on a file when any of
     * its descriptors for it closes, so a second attempt from this process must be refused
     * before it opens the file at all.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private JobLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    public static JobLock acquire(Path file, String what) throws AnnolabException {
        Path lockFile = file.toAbsolutePath().normalize();
        if (!HELD.add(lockFile)) {
            throw refused(lockFile, what);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                HELD.remove(lockFile);
                throw refused(lockFile, what);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holderText().getBytes(StandardCharsets.UTF_8)), 0);
            return new JobLock(lockFile, channel, lock);
        } catch (AnnolabException e) {
            throw e;
        } catch (IOException e) {
            closeQuietly(channel);
            HELD.remove(lockFile);
            throw new AnnolabException("cannot lock " + what + ": " + e.getMessage(), lockFile,
                    "Check that the project folder is writable", e);
        }
    }

    private static AnnolabException refused(Path lockFile, String what) {
        String holder;
        try {
            holder = Files.readString(lockFile, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            holder = "";
        }
        return new AnnolabException(what + " is being edited elsewhere" + (holder.isEmpty() ? "" : " (" + holder + ")"),
                lockFile, "Close it there first, or work on another job");
    }

    private static String holderText() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "this computer";
        }
        return "process " + ManagementFactory.getRuntimeMXBean().getPid() + " on " + host + " since " + Instant.now();
    }

    public void release() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it anyway
        }
        closeQuietly(channel);
        HELD.remove(lockFile);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to do
            }
        }
    }
}
