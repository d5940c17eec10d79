package snapfit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import snapfit.model.BoardBackground;
import snapfit.model.BoardSet;
import snapfit.pipeline.BoardPrinting;
import snapfit.pipeline.Paper;

@Command(name = "board", mixinStandardHelpOptions = true,
        description = {"Write marker boards to print or show on a screen: DIR/board_00.png ... and DIR/boards.json,"
                + " with --paper also DIR/" + BoardPrinting.PDF_NAME + ".",
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

    @Option(names = "--paper", paramLabel = "PAPER", description = "Also write " + BoardPrinting.PDF_NAME + ", every"
            + " board at its true size on its own page of a4 or letter paper, to print the whole set in one go.")
    String paper;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        BoardSet set = BoardSet.forPieces(tag, sheets, OptionValues.byName(BoardBackground.class, background,
                "--background"), pieceMm, LocalDate.now());
        Optional<Paper> page = Optional.ofNullable(paper).map(name -> OptionValues.byName(Paper.class, name, "--paper"));
        if (page.isPresent() && screen != null) {
            throw new IllegalArgumentException("--paper " + paper + " with --screen " + screen + ": a PDF is for print,"
                    + " a screen shows the PNGs; drop one of them");
        }
        double pixelsPerUnit = screen == null ? BoardPrinting.pixelsPerUnitForPrint(set, dpi) : screenScale();
        List<Path> written = BoardPrinting.write(set, out, pixelsPerUnit, page);
        stdout.printf(Locale.ROOT, "wrote %s%s and %s to %s: %.0f x %.0f mm each%s%n",
                Counts.of(sheets, "board"), page.map(p -> ", " + BoardPrinting.PDF_NAME + " (" + p + ")").orElse(""),
                written.get(written.size() - 1).getFileName(), out, set.widthMm(), set.heightMm(), screen == null
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

    /** Which of the papers the board fits. */
    private static String fitNote(BoardSet set) {
        List<String> fitting = Arrays.stream(Paper.values()).filter(page -> page.fits(set)).map(Paper::toString).toList();
        return fitting.isEmpty() ? "; larger than " + Arrays.stream(Paper.values()).map(Paper::toString)
                .collect(Collectors.joining(" and ")) + ": use --piece-mm for smaller pieces, or a larger page"
                : " (fits " + String.join(" and ", fitting) + ")";
    }
}
