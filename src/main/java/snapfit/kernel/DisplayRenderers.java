package snapfit.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.common.Image;
import io.github.spencerpark.jupyter.kernel.display.common.Text;
import io.github.spencerpark.jupyter.kernel.display.common.Url;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import snapfit.analysis.PieceImage;
import snapfit.puzzle.Piece;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.table.Relation;

/**
 * How cell values become notebook output. Every value gets {@code text/plain}; in addition a
 * {@link java.awt.image.RenderedImage} (such as a {@code BufferedImage}) and an XChart
 * {@link Chart} become {@code image/png}, and a Tablesaw table becomes {@code text/html}
 * (see {@link TableHtml}). Charts are drawn at the size they were built with; charts and
 * {@code BufferedImage}s get a short text form (kind, title, size in pixels) instead of their hash, and
 * arrays, collections and maps list their first items ({@link ReadableText}); a {@link Piece} is drawn
 * ({@link PieceImage}).
 */
final class DisplayRenderers {

    private DisplayRenderers() {
    }

    /** A renderer with the base kernel's image, URL and text renderers plus tables, charts and readable arrays. */
    static Renderer create() {
        Renderer renderer = new Renderer() {
            @Override
            public DisplayData render(Object value, Map<String, Object> params) {
                DisplayData data = super.render(value, params);
                if (ReadableText.applies(value)) {
                    data.putText(ReadableText.of(value));
                }
                return data;
            }
        };
        Image.registerAll(renderer);
        Url.registerAll(renderer);
        Text.registerAll(renderer);
        renderer.createRegistration(Relation.class)
                .preferring(MIMEType.TEXT_HTML)
                .register((table, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> TableHtml.html(table));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> TableHtml.text(table));
                });
        renderer.createRegistration(Chart.class)
                .preferring(MIMEType.IMAGE_PNG)
                .register((chart, context) -> {
                    context.renderIfRequested(MIMEType.IMAGE_PNG, () -> png(chart));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> chart.getClass().getSimpleName() + " '"
                            + chart.getTitle() + "' " + chart.getWidth() + "x" + chart.getHeight());
                });
        renderer.createRegistration(BufferedImage.class)
                .preferring(MIMEType.IMAGE_PNG)
                .register((image, context) -> {
                    Image.renderImage(image, context);
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> "BufferedImage " + image.getWidth() + "x" + image.getHeight());
                });
        renderer.createRegistration(Piece.class)
                .preferring(MIMEType.IMAGE_PNG)
                .register((piece, context) -> {
                    Image.renderImage(PieceImage.render(piece), context);
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, piece::toString);
                });
        return renderer;
    }

    private static String png(Chart<?, ?> chart) {
        try {
            return Base64.getEncoder().encodeToString(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the chart '" + chart.getTitle() + "' as PNG", e);
        }
    }
}
