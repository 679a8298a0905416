/// An inline SVG line chart of mean and median hours per period, with no script or style attributes for the CSP.
///
/// Periods without a value leave a gap in neither line: the lines join the periods that have one.
func supportTrendChart(_ points: [(label: String, mean: Double?, median: Double?)], width: Int = 560, height: Int = 140)
    -> String
{
    let values = points.flatMap { [$0.mean, $0.median].compactMap { $0 } }
    guard points.count >= 2, let maximum = values.max(), maximum > 0 else { return "" }
    let left = 40.0
    let bottom = Double(height - 20)
    func x(_ index: Int) -> Double { left + Double(index) / Double(points.count - 1) * (Double(width) - left - 10) }
    func y(_ value: Double) -> Double { bottom - value / maximum * (bottom - 10) }
    func line(_ values: [Double?], colour: String) -> String {
        let coordinates = values.enumerated().compactMap { index, value in
            value.map { "\(Int(x(index))),\(Int(y($0)))" }
        }
        return "<polyline points=\"\(coordinates.joined(separator: " "))\" fill=\"none\" stroke=\"\(colour)\" "
            + "stroke-width=\"2\"/>"
    }
    var svg = "<svg class=\"trend\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" "
    svg += "role=\"img\" aria-label=\"mean (blue) and median (orange) hours per period\">"
    svg += "<line x1=\"\(Int(left))\" x2=\"\(width)\" y1=\"\(Int(bottom))\" y2=\"\(Int(bottom))\" stroke=\"#8a96a3\"/>"
    svg += "<text x=\"0\" y=\"14\" font-size=\"10\">\(Int(maximum.rounded())) h</text>"
    svg += "<text x=\"0\" y=\"\(Int(bottom))\" font-size=\"10\">0 h</text>"
    svg += line(points.map(\.mean), colour: "#1f4e79") + line(points.map(\.median), colour: "#e07b00")
    let labelStep = max(1, points.count / 6)
    for (index, point) in points.enumerated() where index % labelStep == 0 || index == points.count - 1 {
        svg +=
            "<text x=\"\(Int(x(index)) - 16)\" y=\"\(height - 4)\" font-size=\"10\">\(escapeHTML(point.label))</text>"
    }
    return svg + "</svg>"
}
