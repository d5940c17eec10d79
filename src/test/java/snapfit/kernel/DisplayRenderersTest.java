package snapfit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import snapfit.analysis.ShapeColours;
import snapfit.model.CornerIndices;
import snapfit.model.PieceId;
import snapfit.model.SegmentShape;
import snapfit.puzzle.Contour;
import snapfit.puzzle.Piece;
import java.util.Base64;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DisplayRenderersTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final Renderer renderer = DisplayRenderers.create();

    private static byte[] png(DisplayData data) {
        return Base64.getDecoder().decode((String) data.getData(MIMEType.IMAGE_PNG));
    }

    @Test
    void render_table_htmlShowsFirst20RowsAndFullSize() {
        Table table = Table.create("matches",
                IntColumn.create("rank", IntStream.rangeClosed(1, 25).toArray()),
                StringColumn.create("pair", IntStream.rangeClosed(1, 25).mapToObj(i -> "s:" + i + "<>t").toList()));

        DisplayData data = renderer.render(table);

        String html = (String) data.getData(MIMEType.TEXT_HTML);
        assertThat(html).contains("<caption>matches</caption>", "<th>rank</th><th>pair</th>",
                "<td>20</td><td>s:20&lt;&gt;t</td>", "25 rows x 2 columns");
        assertThat(html).doesNotContain("<td>21</td>");
        assertThat(html.split("<tr>", -1)).hasSize(1 + 1 + 20);
        assertThat((String) data.getData(MIMEType.TEXT_PLAIN)).contains("s:20<>t").endsWith("25 rows x 2 columns");
    }

    @Test
    void render_chart_pngOfTheChartsSize() {
        XYChart chart = new XYChartBuilder().width(320).height(200).title("similarity").build();
        chart.addSeries("pairs", new double[] {1, 2, 3}, new double[] {0.5, 0.2, 0.9});

        DisplayData data = renderer.render(chart);

        byte[] png = png(data);
        assertThat(png).startsWith(PNG_SIGNATURE);
        assertThat(pngWidth(png)).isEqualTo(320);
        assertThat(data.getData(MIMEType.TEXT_PLAIN)).isEqualTo("XYChart 'similarity' 320x200");
    }

    @Test
    void render_bufferedImage_pngWithSameSize() {
        BufferedImage image = new BufferedImage(37, 11, BufferedImage.TYPE_INT_RGB);

        DisplayData data = renderer.render(image);

        assertThat(png(data)).startsWith(PNG_SIGNATURE);
        assertThat(pngWidth(png(data))).isEqualTo(37);
        assertThat(data.getData(MIMEType.TEXT_PLAIN)).isEqualTo("BufferedImage 37x11");
    }

    @Test
    void render_piece_pngOfItsOutlineAndItsTextForm() throws Exception {
        // A 200 x 200 square at (1000, 500) of a sheet, traced from the top-left corner down, right, up and back.
        int side = 200;
        int[] xs = new int[4 * side];
        int[] ys = new int[4 * side];
        for (int i = 0; i < side; i++) {
            xs[i] = 1000;
            ys[i] = 500 + i;
            xs[side + i] = 1000 + i;
            ys[side + i] = 500 + side;
            xs[2 * side + i] = 1000 + side;
            ys[2 * side + i] = 500 + side - i;
            xs[3 * side + i] = 1000 + side - i;
            ys[3 * side + i] = 500;
        }
        Piece piece = Piece.fromContour(new PieceId("sheet_00", 3), new Contour(xs, ys),
                new CornerIndices(0, side, 2 * side, 3 * side));

        DisplayData data = renderer.render(piece);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png(data)));
        assertThat(image.getHeight()).as("the piece and a 20 px margin around it, not the whole sheet").isEqualTo(side + 1 + 40);
        assertThat(image.getRGB(20, 120) & 0xFFFFFF).as("the left side, flat").isEqualTo(ShapeColours.of(SegmentShape.EDGE).getRGB() & 0xFFFFFF);
        assertThat((String) data.getData(MIMEType.TEXT_PLAIN)).isEqualTo(piece.toString());
    }

    @Test
    void render_plainObject_textOnly() {
        DisplayData data = renderer.render(java.util.List.of(1, 2));

        assertThat(data.getData(MIMEType.TEXT_PLAIN)).isEqualTo("[1, 2]");
        assertThat(data.getData(MIMEType.IMAGE_PNG)).isNull();
        assertThat(data.getData(MIMEType.TEXT_HTML)).isNull();
    }

    /** The width field of the IHDR chunk, which follows the signature, chunk length and type. */
    private static int pngWidth(byte[] png) {
        return (png[16] & 0xff) << 24 | (png[17] & 0xff) << 16 | (png[18] & 0xff) << 8 | (png[19] & 0xff);
    }
}
