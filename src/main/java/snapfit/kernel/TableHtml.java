package snapfit.kernel;

import tech.tablesaw.table.Relation;

/**
 * Renders a Tablesaw table (or view) for a notebook: an HTML table of the first {@link #MAX_ROWS}
 * rows and a plain-text twin, both ending with the full size ({@code "1500 rows x 7 columns"}).
 */
final class TableHtml {

    /** Rows shown; the size line tells how many there are in all. */
    static final int MAX_ROWS = 20;

    private TableHtml() {
    }

    static String html(Relation table) {
        StringBuilder html = new StringBuilder("<div class=\"snapfit-table\"><table>\n");
        if (table.name() != null && !table.name().isBlank()) {
            html.append("<caption>").append(escape(table.name())).append("</caption>\n");
        }
        html.append("<thead><tr>");
        for (String column : table.columnNames()) {
            html.append("<th>").append(escape(column)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        int shown = Math.min(MAX_ROWS, table.rowCount());
        for (int row = 0; row < shown; row++) {
            html.append("<tr>");
            for (int column = 0; column < table.columnCount(); column++) {
                html.append("<td>").append(escape(table.getString(row, column))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<p>").append(sizeLine(table)).append("</p></div>");
        return html.toString();
    }

    static String text(Relation table) {
        return table.print(MAX_ROWS) + "\n" + sizeLine(table);
    }

    static String sizeLine(Relation table) {
        return table.rowCount() + " rows x " + table.columnCount() + " columns";
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
