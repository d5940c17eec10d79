package snapfit.cli;

import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import snapfit.model.SheetRecord;

/** The line {@code ingest} prints about how the sheets were brought to one puzzle scale. */
final class CalibrationSummary {

    /** Keystones are told as the change of scale over this many pixels, a piece's width or two. */
    private static final double KEYSTONE_SPAN_PX = 1000;

    private CalibrationSummary() {
    }

    static String of(List<SheetRecord> sheets, double puzzlePieceSize) {
        DoubleSummaryStatistics scales = sheets.stream().mapToDouble(sheet -> sheet.calibration().scale())
                .summaryStatistics();
        double keystone = sheets.stream().map(SheetRecord::calibration)
                .mapToDouble(calibration -> Math.hypot(calibration.keystoneX(), calibration.keystoneY()))
                .max().orElse(0);
        String scaleRange = scales.getCount() == 1
                ? String.format(Locale.ROOT, "scale %.3f", scales.getMax())
                : String.format(Locale.ROOT, "scales %.3f to %.3f", scales.getMin(), scales.getMax());
        return String.format(Locale.ROOT, "calibrated to a piece size of %.1f px: %s, perspective up to %.1f%% per %.0f px",
                puzzlePieceSize, scaleRange, 100 * keystone * KEYSTONE_SPAN_PX, KEYSTONE_SPAN_PX);
    }
}
