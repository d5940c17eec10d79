package snapfit.puzzle;

import java.util.List;

/** What {@link SheetManager#addFolder} did: the sheets added and the photos skipped, each in file-name order. */
public record FolderLoadResult(List<Sheet> added, List<SheetFailure> failures) {

    public FolderLoadResult {
        added = List.copyOf(added);
        failures = List.copyOf(failures);
    }
}
