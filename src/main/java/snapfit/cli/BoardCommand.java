package snapfit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import snapfit.model.BoardSet;
import snapfit.pipeline.BoardPrinting;

@Command(name = "board", mixinStandardHelpOptions = true,
        description = {"Write marker boards to print or show on a screen: DIR/board_00.png ... and DIR/boards.json.",
                "Lay up to 12 pieces on a board, one per slot, photograph it whole, and ingest the photos."})
final class BoardCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the boards into.")
    Path out;

    @Option(names = "--tag", paramLabel = "NAME", description = "The set's name, in every QR code and sheet id"
            + " (default: ${DEFAULT-VALUE}).")
    String tag = "board";

    @Option(names = "--sheets", paramLabel = "N", description = "How many boards (default: ${DEFAULT-VALUE}).")
    int sheets = 10;

    @Option(names = "--piece-mm", paramLabel = "MM", description = "The pieces' side without tabs; a slot is twice"
            + " as wide (default: ${DEFAULT-VALUE}).")
    double pieceMm = 20;

    @Option(names = "--background", paramLabel = "COLOUR", description = "white, green or blue; green or blue"
            + " separate pale pieces (default: ${DEFAULT-VALUE}).")
    String background = "green";

    @Option(names = "--dpi", paramLabel = "DPI", description = "Print resolution (default: ${DEFAULT-VALUE}).")
    double dpi = 300;

    @Option(names = "--screen", paramLabel = "WxH", description = "Size the boards for a screen of W x H pixels"
            + " instead of print, e.g. 1920x1080.")
    String screen;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        BoardSet set = BoardSet.forPieces(tag, sheets, BoardBackgrounds.byName(background, "--background"), pieceMm, LocalDate.now());
        double pixelsPerUnit = screen == null ? BoardPrinting.pixelsPerUnitForPrint(set, dpi) : screenScale();
        List<Path> written = BoardPrinting.write(set, out, pixelsPerUnit);
        stdout.printf(Locale.ROOT, "wrote %s and %s to %s: %.0f x %.0f mm each%s%n",
                Counts.of(sheets, "board"), written.get(written.size() - 1).getFileName(), out,
                set.widthMm(), set.heightMm(), screen == null
                        ? String.format(Locale.ROOT, " at %.0f dpi; print at 100%% (actual size)%s", dpi, fitNote(set))
                        : " at the screen's resolution; show each full-screen");
        return 0;
    }

    private double screenScale() {
        String[] size = screen.toLowerCase(Locale.ROOT).split("x");
        if (size.length == 2 && size[0].matches("[1-9][0-9]{0,4}") && size[1].matches("[1-9][0-9]{0,4}")) {
            return BoardPrinting.pixelsPerUnitForScreen(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
        }
        throw new IllegalArgumentException("--screen " + screen + ": expected the screen's pixels as WxH, e.g. 1920x1080");
    }

    /** Whether the board fits an A4 or a Letter page. */
    private static String fitNote(BoardSet set) {
        boolean a4 = set.widthMm() <= 200 && set.heightMm() <= 287;
        boolean letter = set.widthMm() <= 206 && set.heightMm() <= 269;
        return a4 || letter ? " (fits " + (a4 && letter ? "A4 and Letter" : a4 ? "A4" : "Letter") + ")"
                : "; larger than A4 and Letter: use --piece-mm for smaller pieces, or a larger page";
    }
}
