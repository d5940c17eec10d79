package snapfit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping and the common frame of the web pages: plain HTML and one small style sheet, no scripts. */
final class Html {

    private static final String STYLE = """
            body { font-family: sans-serif; margin: 0 1.5em 2em; color: #222; }
            nav { padding: .8em 0; border-bottom: 1px solid #ccc; margin-bottom: 1em; }
            nav a { margin-right: 1.2em; font-weight: bold; }
            .grid { display: flex; flex-wrap: wrap; gap: 12px; }
            .card { width: 200px; border: 1px solid #ddd; border-radius: 6px; padding: 6px; font-size: 13px; }
            .card.wide { width: 380px; }
            .card img { width: 100%; height: auto; display: block; }
            .partners { display: flex; flex-wrap: wrap; gap: 12px; }
            .partner { width: 330px; font-size: 13px; }
            .partner img { width: 330px; height: auto; display: block; border: 1px solid #ddd; }
            table { border-collapse: collapse; font-size: 14px; }
            td, th { padding: 3px 10px; border-bottom: 1px solid #eee; text-align: left; }
            pre { background: #f6f6f6; padding: 8px; font-size: 12px; max-width: 60em; overflow-x: auto; }
            .pages a, .pages span { margin-right: .8em; }
            """;

    private Html() {
    }

    /** Text made safe inside an element or a quoted attribute. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** An id made safe as one path segment or query value of a URL. */
    static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A whole page: title, the navigation bar and {@code body} (already HTML). */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " – snap-fit</title><style>" + STYLE + "</style></head><body>\n"
                + "<nav><a href=\"/\">snap-fit</a><a href=\"/sheets\">Sheets</a><a href=\"/pieces\">Pieces</a>"
                + "<a href=\"/matches\">Best matches</a><a href=\"/solution\">Solution</a>"
                + "<a href=\"/api/openapi.json\">API</a></nav>\n<h1>" + escape(title) + "</h1>\n" + body
                + "\n</body></html>\n";
    }
}
