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
    <header class="top"><a class="brand" href="/">Tend</a><nav><a href="/">Portfolio</a> <a href="/support">Support</a>
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

/// A status badge in the status colour, or a grey "no score" badge.
func statusBadge(_ status: HealthStatus?) -> String {
    guard let status else { return "<span class=\"badge none\">No score</span>" }
    return "<span class=\"badge \(status.rawValue)\">\(status.title)</span>"
}

/// A signed change such as `+0.4` or `-1.2`, or `new` when there is nothing to compare with.
func changeText(_ change: Rational?) -> String {
    guard let change else { return "–" }
    let text = change.formatted(places: 1)
    return change > .zero ? "+" + text : text
}

/// An inline SVG line of scores out of 10 over years; no script or style attributes, so the CSP allows it.
func sparkline(_ points: [(year: Int, score: Rational?)], width: Int = 240, height: Int = 60) -> String {
    let scored = points.compactMap { point in point.score.map { (point.year, $0.doubleValue) } }
    guard scored.count >= 2, let first = points.first?.year, let last = points.last?.year, last > first else {
        return ""
    }
    func x(_ year: Int) -> Double { 10 + Double(year - first) / Double(last - first) * Double(width - 20) }
    func y(_ score: Double) -> Double { Double(height - 8) - score / 10 * Double(height - 16) }
    let line = scored.map { "\(Int(x($0.0))),\(Int(y($0.1)))" }.joined(separator: " ")
    let dots = scored.map { "<circle cx=\"\(Int(x($0.0)))\" cy=\"\(Int(y($0.1)))\" r=\"3\" fill=\"#1f4e79\"/>" }
    let bands = """
        <line x1="0" x2="\(width)" y1="\(Int(y(7.5)))" y2="\(Int(y(7.5)))" stroke="#2e7d32" stroke-dasharray="3 3"/>
        <line x1="0" x2="\(width)" y1="\(Int(y(5)))" y2="\(Int(y(5)))" stroke="#c62828" stroke-dasharray="3 3"/>
        """
    return """
        <svg class="trend" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" role="img" \
        aria-label="score trend">\(bands)<polyline points="\(line)" fill="none" stroke="#1f4e79" stroke-width="2"/>\
        \(dots.joined())</svg>
        """
}
