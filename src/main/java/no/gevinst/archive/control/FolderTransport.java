package no.gevinst.archive.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Delivers the archive's messages to a folder that an archive imports from: one folder per message, named by its
 * journal key ({@code HT-2027-0001_3}), holding {@code arkivmelding.xml} and the documents under the names the message
 * gives them. A message's folder appears whole or not at all (written beside it, then renamed); a message delivered
 * again finds its folder there and leaves it as it is.
 */
public final class FolderTransport implements ArchiveTransport {

    public static final String MESSAGE_FILE = "arkivmelding.xml";

    private final Path folder;

    public FolderTransport(Path folder) {
        this.folder = folder;
    }

    /** The folder of the message with journal key {@code key}. */
    public Path folderOf(String key) {
        return folder.resolve(key.replaceAll("[^A-Za-z0-9-]", "_"));
    }

    @Override
    public Receipt deliver(ArchiveOutbox.Parcel parcel) {
        Path target = folderOf(parcel.key());
        if (Files.isDirectory(target)) {
            return Receipt.none();
        }
        try {
            Files.createDirectories(folder);
            Path writing = Files.createTempDirectory(folder, ".writing-");
            try {
                Files.writeString(writing.resolve(MESSAGE_FILE), parcel.arkivmelding(), StandardCharsets.UTF_8);
                for (ArchiveOutbox.File file : parcel.files()) {
                    Files.write(writing.resolve(file.name()), file.content());
                }
                try {
                    Files.move(writing, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(writing, target);
                }
            } catch (FileAlreadyExistsException deliveredMeanwhile) {
                delete(writing);
            } catch (IOException e) {
                delete(writing);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Not written to " + target + ": " + e.getMessage(), e);
        }
        return Receipt.none();
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }
}
