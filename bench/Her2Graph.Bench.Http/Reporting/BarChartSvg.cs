using System.Globalization;
using System.Net;
using System.Text;

namespace Her2Graph.Bench.Http.Reporting;

/// <summary>
/// A hand-written SVG of grouped horizontal bars on a log scale (the ceiling is tens of times the API, so a linear
/// scale would hide the API's bars).
/// </summary>
internal static class BarChartSvg
{
    private static readonly string[] Colours = ["#1f77b4", "#aec7e8", "#7f7f7f", "#ff7f0e", "#2ca02c"];

    public static string Render(string title, string unit, IReadOnlyList<string> series, IReadOnlyList<(string Label, double?[] Values)> groups)
    {
        const int left = 300, width = 900, barHeight = 12, gap = 14, top = 60;
        var all = groups.SelectMany(g => g.Values).OfType<double>().Where(v => v > 0).ToList();
        var min = Math.Pow(10, Math.Floor(Math.Log10(all.Min())));
        var max = Math.Pow(10, Math.Ceiling(Math.Log10(all.Max())));
        double X(double v) => left + (Math.Log10(v) - Math.Log10(min)) / (Math.Log10(max) - Math.Log10(min)) * (width - left - 40);
        var height = top + groups.Count * (series.Count * barHeight + gap) + 40;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/><text x=\"10\" y=\"18\" font-size=\"14\">{E(title)}</text>");
        for (var s = 0; s < series.Count; s++)
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{10 + s * 170}\" y=\"30\" width=\"10\" height=\"10\" fill=\"{Colours[s % Colours.Length]}\"/><text x=\"{24 + s * 170}\" y=\"39\">{E(series[s])}</text>");
        for (var tick = min; tick <= max * 1.0001; tick *= 10)
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(tick):F1}\" y1=\"{top - 6}\" x2=\"{X(tick):F1}\" y2=\"{height - 30}\" stroke=\"#ddd\"/><text x=\"{X(tick):F1}\" y=\"{height - 16}\" text-anchor=\"middle\">{tick.ToString("N0", CultureInfo.InvariantCulture)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{width - 40}\" y=\"{height - 4}\" text-anchor=\"end\">{E(unit)} (log scale)</text>");

        var y = top;
        foreach (var (label, values) in groups)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 8}\" y=\"{y + series.Count * barHeight / 2 + 4}\" text-anchor=\"end\">{E(label)}</text>");
            for (var s = 0; s < series.Count; s++, y += barHeight)
            {
                if (values[s] is not { } v || v <= 0) continue;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y}\" width=\"{X(v) - left:F1}\" height=\"{barHeight - 2}\" fill=\"{Colours[s % Colours.Length]}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(v) + 4:F1}\" y=\"{y + barHeight - 3}\" font-size=\"9\">{v.ToString("N0", CultureInfo.InvariantCulture)}</text>");
            }

            y += gap;
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
