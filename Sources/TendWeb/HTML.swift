import TendCore

/// Escapes text for HTML element content and double-quoted attribute values.
func escapeHTML(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": escaped += "&amp;"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        case "\"": escaped += "&quot;"
        case "'": escaped += "&#39;"
        default: escaped.append(character)
        }
    }
    return escaped
}

/// A whole page: the shared header and navigation around `body`, which must already be escaped.
func pageHTML(title: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escapeHTML(title)) · Tend</title>
    <link rel="stylesheet" href="/static/tend.css">
    </head>
    <body>
    <header class="top"><a class="brand" href="/">Tend</a><nav><a href="/">Portfolio</a> <a href="/support">Support</a> <a href="/shelfware">Shelf-ware</a>
    <a href="/api/portfolio">JSON API</a></nav></header>
    <main>
    \(body)
    </main>
    <footer>Health score: 30 points in Stability, Maturity, Innovation and Adoption, normalised to 10.
    Healthy 7.5 and above, Infected above 5, Sick 5 and below.</footer>
    </body>
    </html>
    """
}

/// Returns a status badge in the status colour, or a grey "no score" badge.
func statusBadge(_ status: HealthStatus?) -> String {
    guard let status else { return "<span class=\"badge none\">No score</span>" }
    return "<span class=\"badge \(status.rawValue)\">\(status.title)</span>"
}

/// Formats a signed change such as `+0.4` or `-1.2`, or `new` when there is nothing to compare with.
func changeText(_ change: Rational?) -> String {
    guard let change else { return "–" }
    let text = change.formatted(places: 1)
    if text == "0.0" || text == "-0.0" { return "0.0" }
    return change > .zero ? "+" + text : text
}

/// Draws an inline SVG line of scores out of 10 over years, with the 7.5 and 5 thresholds dashed and each year labelled.
///
/// It uses presentation attributes only, no script or style attribute, so the content security policy allows it.
func sparkline(_ points: [(year: Int, score: Rational?)], width: Int = 320, height: Int = 96) -> String {
    let scored = points.compactMap { point in point.score.map { (point.year, $0.doubleValue) } }
    guard scored.count >= 2, let first = points.first?.year, let last = points.last?.year, last > first else {
        return ""
    }
    let plotHeight = Double(height - 24)
    func x(_ year: Int) -> Int { 20 + Int(Double(year - first) / Double(last - first) * Double(width - 40)) }
    func y(_ score: Double) -> Int { 6 + Int(plotHeight - score / 10 * plotHeight) }
    var svg = "<svg class=\"trend\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" "
    svg += "role=\"img\" aria-label=\"score by year\">"
    for (threshold, colour) in [(7.5, "#2e7d32"), (5.0, "#c62828")] {
        svg += "<line x1=\"0\" x2=\"\(width)\" y1=\"\(y(threshold))\" y2=\"\(y(threshold))\" stroke=\"\(colour)\" "
        svg += "stroke-dasharray=\"3 3\"/>"
    }
    let line = scored.map { "\(x($0.0)),\(y($0.1))" }.joined(separator: " ")
    svg += "<polyline points=\"\(line)\" fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"2\"/>"
    for (year, score) in scored {
        svg += "<circle cx=\"\(x(year))\" cy=\"\(y(score))\" r=\"3\" fill=\"#1f4e79\"/>"
        svg += "<text x=\"\(x(year))\" y=\"\(height - 4)\" font-size=\"11\" text-anchor=\"middle\" "
        svg += "fill=\"#5a6776\">\(year)</text>"
    }
    return svg + "</svg>"
}
